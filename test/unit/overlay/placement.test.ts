// Where the badge and the card go: the badge never over the draft's text, the card inside the viewport and scrolling past it.
import { describe, expect, it } from 'vitest';
import { placeBadge, type PlainRect } from '../../../lib/page/overlay/badge-placement';
import { placeCard } from '../../../lib/page/overlay/card-placement';

const VIEWPORT = { width: 1280, height: 900 };
const SIZE = { width: 40, height: 24 };
const box = (left: number, top: number, right: number, bottom: number): PlainRect => ({ left, top, right, bottom });
const overlaps = (a: PlainRect, b: PlainRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const badgeRect = (spot: { left: number; top: number }) => box(spot.left, spot.top, spot.left + SIZE.width, spot.top + SIZE.height);

describe('placeBadge', () => {
  it('sits inside the bottom-right corner while the text leaves it free', () => {
    const placed = placeBadge(box(100, 200, 600, 280), SIZE, [box(108, 208, 300, 226)], VIEWPORT);
    expect(placed.spot).toBe('inside');
    expect(placed.left + SIZE.width).toBeLessThanOrEqual(600);
    expect(placed.top + SIZE.height).toBeLessThanOrEqual(280);
  });

  it('moves beside the box when a line of text reaches the corner', () => {
    const lines = [box(108, 208, 596, 226), box(108, 226, 596, 244), box(108, 244, 590, 262)];
    const placed = placeBadge(box(100, 200, 600, 270), SIZE, lines, VIEWPORT);
    expect(placed.spot).toBe('beside');
    for (const line of lines) expect(overlaps(badgeRect(placed), line)).toBe(false);
  });

  it('goes below a one-line box that spans the viewport, never over its text', () => {
    const line = box(8, 100, 1270, 118);
    const placed = placeBadge(box(0, 96, 1280, 122), SIZE, [line], VIEWPORT);
    expect(placed.spot).toBe('below');
    expect(overlaps(badgeRect(placed), line)).toBe(false);
    expect(placed.left + SIZE.width).toBeLessThanOrEqual(VIEWPORT.width);
  });

  it('goes above a box at the bottom of the viewport that spans its width', () => {
    const placed = placeBadge(box(0, 860, 1280, 900), SIZE, [box(8, 870, 1270, 888)], VIEWPORT);
    expect(placed.spot).toBe('above');
    expect(placed.top + SIZE.height).toBeLessThanOrEqual(860);
  });

  it('leaves the page’s own send button uncovered when another spot is free', () => {
    const send = box(606, 250, 680, 276);
    const lines = [box(108, 208, 596, 226), box(108, 244, 590, 262)];
    const covers = (rect: PlainRect) => overlaps(rect, send);
    const placed = placeBadge(box(100, 200, 600, 270), SIZE, lines, VIEWPORT, covers);
    expect(placed.spot).toBe('below');
    expect(covers(badgeRect(placed))).toBe(false);
  });

  it('stays outside the box when the text was not measured (a huge draft)', () => {
    expect(placeBadge(box(100, 200, 600, 400), SIZE, null, VIEWPORT).spot).toBe('beside');
  });

  it('keeps inside the viewport even when no spot is free', () => {
    const placed = placeBadge(box(0, 0, 1280, 900), SIZE, [box(0, 0, 1280, 900)], VIEWPORT);
    expect(placed.spot).toBe('corner');
    expect(placed.left).toBeGreaterThanOrEqual(0);
    expect(placed.top + SIZE.height).toBeLessThanOrEqual(VIEWPORT.height);
  });
});

describe('placeCard', () => {
  it('opens below when the card fits there', () => {
    expect(placeCard({ top: 100, bottom: 124, left: 400 }, VIEWPORT, 300)).toMatchObject({ top: 132, left: 400 });
  });

  it('flips above when the room below is short and larger above', () => {
    const placed = placeCard({ top: 700, bottom: 724, left: 400 }, VIEWPORT, 400);
    expect(placed.top).toBeUndefined();
    expect(placed.bottom).toBe(900 - 700 + 8);
    expect(placed.maxHeight).toBe(700 - 16);
  });

  it('caps a tall card to the room it has, so it scrolls instead of running off the screen', () => {
    const placed = placeCard({ top: 400, bottom: 424, left: 400 }, VIEWPORT, 2000);
    expect(placed.maxHeight).toBeLessThanOrEqual(900 - 424 - 16);
    expect(placed.top! + placed.maxHeight).toBeLessThanOrEqual(900);
  });

  it('stays inside a narrow viewport', () => {
    const placed = placeCard({ top: 100, bottom: 124, left: 300 }, { width: 360, height: 640 }, 200);
    expect(placed.left).toBeGreaterThanOrEqual(8);
    expect(placed.left + 320).toBeLessThanOrEqual(360 - 8);
  });
});
