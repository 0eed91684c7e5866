// @vitest-environment happy-dom
// "This is wrong" in the in-page card: offered on the pinned card only, sends the rule id and the chosen reason (never text),
// survives a re-check while the CM chooses, and Escape closes the pinned card.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../lib/core/engine/types';
import { createBoxOverlay, type BoxOverlay } from '../../../lib/page/overlay/box-overlay';
import { createLayoutWatch } from '../../../lib/page/overlay/layout-watch';
import { createPointerWatch } from '../../../lib/page/overlay/pointer-watch';
import { useCatalogue } from '../use-catalogue';
import { appendEditable, BANG, checkedContent, fakeAdapter, REFUND } from './overlay-doubles';

// These tests read the overlay's shadow root, as the e2e tests do through the diagnostics switch.
vi.mock(import('../../../lib/page/overlay/overlay-diagnostics'), () => ({ overlayShadowMode: () => 'open' as const }));

const content = (findings: Finding[]) => checkedContent({ findings });
const overlays: BoxOverlay[] = [];

function setup(report: (ruleId: string, reason: string) => Promise<boolean>) {
  const editable = appendEditable();
  const env = { layout: createLayoutWatch(window), pointer: createPointerWatch(window), highlights: null };
  const overlay = createBoxOverlay(fakeAdapter(editable), env, 'box-3', { reportFalsePositive: report });
  overlays.push(overlay);
  overlay.show(content([REFUND, BANG]));
  const shadow = document.querySelector('gardefou-overlay')!.shadowRoot!;
  const badge = shadow.querySelector<HTMLElement>('.badge')!;
  return { overlay, shadow, badge, card: () => shadow.querySelector<HTMLElement>('.card') };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => useCatalogue('en'));
afterEach(() => {
  overlays.splice(0).forEach((overlay) => overlay.dispose());
  document.body.replaceChildren();
});

describe('reporting a finding from the in-page card', () => {
  it('offers no button on a hover card, which lets clicks through, but says how to get one', () => {
    const { badge, card } = setup(vi.fn());
    badge.dispatchEvent(new Event('pointerenter'));
    expect(card()!.getAttribute('role')).toBe('tooltip');
    expect(card()!.hasAttribute('data-pinned')).toBe(false);
    expect(card()!.querySelector('.report-open')).toBeNull();
    expect(card()!.querySelector('.pin-hint')!.textContent).toContain('Click the badge');
  });

  it('sends the rule id and the reason the CM picks on the pinned card, and nothing else', async () => {
    const report = vi.fn(async () => true);
    const { badge, card } = setup(report);
    badge.click();
    expect(card()!.getAttribute('data-pinned')).toBe('true');
    const refund = card()!.querySelector('.finding[data-rule="fr.refund"]')!;
    expect(refund.querySelector('.report-open')!.getAttribute('aria-label')).toBe('Report a false alarm: Promesse de remboursement');
    refund.querySelector<HTMLElement>('.report-open')!.click();
    expect([...refund.querySelectorAll('.report-reason')].map((button) => button.getAttribute('data-reason'))).toEqual([
      'harmless_meaning',
      'allowed_by_charter',
      'wrong_category',
      'other',
    ]);
    expect(refund.querySelector('.report-note')!.textContent).toBe('Only the rule and the reason are saved, no text.');
    refund.querySelector<HTMLElement>('.report-reason[data-reason="wrong_category"]')!.click();
    await settle();
    expect(report).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith('fr.refund', 'wrong_category');
    expect(refund.querySelector('.report')!.getAttribute('data-result')).toBe('sent');
    expect(refund.querySelector('.report-status')!.textContent).toContain('Report saved');
    expect(refund.querySelector('.report-reason')).toBeNull();
  });

  it('keeps the reason list open through a re-check, and says so when the report could not be saved', async () => {
    const report = vi.fn(async () => false);
    const { overlay, badge, card } = setup(report);
    badge.click();
    card()!.querySelector<HTMLElement>('.finding[data-rule="tone.bang"] .report-open')!.click();
    const pinned = card();
    // The editor lost focus to the card: the session re-checks and shows the same findings again.
    overlay.show(content([REFUND, BANG]));
    expect(card()).toBe(pinned);
    card()!.querySelector<HTMLElement>('.finding[data-rule="tone.bang"] .report-reason[data-reason="other"]')!.click();
    await settle();
    const bang = card()!.querySelector('.finding[data-rule="tone.bang"] .report')!;
    expect(bang.getAttribute('data-result')).toBe('failed');
    expect(bang.querySelector('.report-status')!.textContent).toBe('The report could not be saved.');
    // The CM can try again.
    expect(bang.querySelector<HTMLButtonElement>('.report-reason')!.disabled).toBe(false);
    // Once the CM is done, a new check rebuilds the card as usual.
    overlay.show(content([REFUND]));
    expect(card()).not.toBe(pinned);
    expect(card()!.querySelectorAll('.finding')).toHaveLength(1);
  });

  it('closes the pinned card on Escape and gives focus back to the badge', () => {
    const { shadow, badge, card } = setup(vi.fn());
    badge.click();
    card()!.querySelector<HTMLElement>('.report-open')!.click();
    card()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card()?.getAttribute('data-pinned') ?? null).toBeNull();
    expect(shadow.activeElement).toBe(badge);
  });
});
