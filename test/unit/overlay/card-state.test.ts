// Which card the badge shows, from hover, pin and the span under the pointer, and when it is built again.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/core/engine/types';
import { createCardState } from '../../../lib/page/overlay/card-state';

const finding = (ruleId: string, start: number): Finding => ({ ruleId, category: 'style', severity: 'warning', start, end: start + 4, message: 'm' });
// The card state never reads the rect: a plain object stands in for the DOMRect (no DOM in this test).
const span = (ruleId: string, start = 0) => ({ finding: finding(ruleId, start), rect: { left: start, top: 0, right: start + 4, bottom: 10 } as DOMRect });

describe('createCardState', () => {
  it('shows no card until the badge is hovered or pinned, or a span is under the pointer', () => {
    const state = createCardState();
    expect(state.view(1)).toBeNull();
    state.hoverBadge(true);
    expect(state.view(1)).toMatchObject({ source: 'badge', span: null, pinned: false });
    state.hoverBadge(false);
    state.pin(true);
    expect(state.view(1)).toMatchObject({ source: 'badge', pinned: true });
  });

  it('shows the finding under the pointer, unless the card is pinned (then it stays the whole list)', () => {
    const state = createCardState();
    const under = span('a');
    state.pointerMoved(5, 5, under);
    expect(state.view(1)).toMatchObject({ source: 'span', span: under });
    state.pin(true);
    expect(state.view(1)).toMatchObject({ source: 'badge', span: null, pinned: true });
  });

  it('tells a move onto another finding from a move over the same one', () => {
    const state = createCardState();
    expect(state.pointerMoved(1, 1, span('a'))).toBe(true);
    expect(state.pointerMoved(2, 1, state.span)).toBe(false);
    expect(state.pointer).toEqual({ x: 2, y: 1 });
    expect(state.pointerMoved(9, 1, null)).toBe(true);
    expect(state.span).toBeNull();
  });

  it('keys the card by content version, source, pin and finding, so a new check or another span rebuilds it', () => {
    const state = createCardState();
    state.pointerMoved(1, 1, span('a', 3));
    const first = state.view(1)!;
    expect(state.needsRebuild(undefined, first)).toBe(true);
    expect(state.needsRebuild(first.key, state.view(1)!)).toBe(false);
    expect(state.needsRebuild(first.key, state.view(2)!)).toBe(true);
    state.pointerMoved(1, 1, span('b', 3));
    expect(state.needsRebuild(first.key, state.view(1)!)).toBe(true);
  });

  it('does not rebuild a card while the CM is choosing a report reason in it, until the card is closed', () => {
    const state = createCardState();
    state.pin(true);
    const shown = state.view(1)!;
    state.setReportBusy(true);
    expect(state.needsRebuild(shown.key, state.view(2)!)).toBe(false);
    state.cardClosed();
    expect(state.needsRebuild(shown.key, state.view(2)!)).toBe(true);
  });

  it('forgets hover and pin when reset, and the pointer when it is no longer followed', () => {
    const state = createCardState();
    state.hoverBadge(true);
    state.pin(true);
    state.pointerMoved(1, 1, span('a'));
    state.reset();
    expect(state.pinned).toBe(false);
    expect(state.view(1)).toMatchObject({ source: 'span' });
    state.pointerGone();
    expect([state.span, state.pointer, state.view(1)]).toEqual([null, null, null]);
  });
});
