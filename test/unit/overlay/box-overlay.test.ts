// @vitest-environment happy-dom
// One box's overlay without the Highlight API (as in a browser that lacks it): positioned underline boxes, the badge, and cleanup.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../lib/core/engine/types';
import { createBoxOverlay, type BoxOverlay } from '../../../lib/page/overlay/box-overlay';
import { createLayoutWatch } from '../../../lib/page/overlay/layout-watch';
import { createPointerWatch } from '../../../lib/page/overlay/pointer-watch';
import { useCatalogue } from '../use-catalogue';
import { appendEditable, BANG, checkedContent as content, fakeAdapter, REFUND } from './overlay-doubles';

// These tests read the overlay's shadow root, as the e2e tests do through the diagnostics switch.
vi.mock(import('../../../lib/page/overlay/overlay-diagnostics'), () => ({ overlayShadowMode: () => 'open' as const }));

const LENGTH: Finding = { ruleId: 'style.length', category: 'style', severity: 'info', start: 0, end: 28, message: 'Trop long', wholeDraft: true };

/** Where the fake editable is laid out (happy-dom has no layout); tests move it. */
let editableRect = new DOMRect(100, 200, 400, 40);
let measurements = 0;

/** Lays the editable out at `editableRect`, counting the measurements. */
const measuredLayout = () => {
  measurements += 1;
  return editableRect;
};
const hosts = (root: ParentNode = document) => root.querySelectorAll('gardefou-overlay');
const shownHost = (root: ParentNode = document) => Array.from(hosts(root)).find((host) => (host as HTMLElement).style.display !== 'none');

const overlays: BoxOverlay[] = [];
beforeEach(() => useCatalogue('en'));
afterEach(() => {
  editableRect = new DOMRect(100, 200, 400, 40);
  overlays.splice(0).forEach((overlay) => overlay.dispose());
  document.body.replaceChildren();
});

function setup(parent: ParentNode = document.body) {
  const editable = appendEditable(parent);
  const layout = createLayoutWatch(window);
  const overlay = createBoxOverlay(fakeAdapter(editable, measuredLayout), { layout, pointer: createPointerWatch(window), highlights: null }, 'box-7');
  overlays.push(overlay);
  return { editable, overlay, layout };
}

const frames = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('createBoxOverlay without the Highlight API', () => {
  it('draws one positioned underline per inline finding and a badge with the count and worst severity', () => {
    const { editable, overlay } = setup();
    overlay.show(content({ findings: [REFUND, BANG, LENGTH] }));
    const host = shownHost()!;
    expect(host.getAttribute('data-box')).toBe('box-7');
    expect(editable.contains(host)).toBe(false);
    const marks = host.shadowRoot!.querySelectorAll<HTMLElement>('.span-mark');
    expect(marks).toHaveLength(2);
    expect([marks[0].style.left, marks[0].style.width]).toEqual(['156px', '63px']);
    const badge = host.shadowRoot!.querySelector<HTMLElement>('.badge')!;
    expect(badge.dataset).toMatchObject({ count: '3', severity: 'error', mode: 'normal' });
    expect(badge.getAttribute('aria-label')).toBe('Gardefou: findings to look at: 3');
  });

  it('paints the check of a draft cut at the checked length in the next frame, not in the task that changed it', async () => {
    const { overlay } = setup();
    measurements = 0;
    overlay.show(content({ findings: [REFUND, BANG], checkedLength: 10_000 }));
    expect(shownHost(), 'nothing measured or drawn inside the paste').toBeUndefined();
    expect(measurements).toBe(0);
    await frames(1);
    const badge = shownHost()!.shadowRoot!.querySelector<HTMLElement>('.badge')!;
    expect(badge.dataset).toMatchObject({ count: '2', checkedLength: '10000' });
    expect(badge.textContent).toContain('2+');
  });

  it('a newer check replaces a deferred one, and a disposed overlay paints nothing', async () => {
    const { overlay } = setup();
    overlay.show(content({ findings: [REFUND, BANG], checkedLength: 10_000 }));
    overlay.show(content({ findings: [REFUND] }));
    await frames(1);
    expect(shownHost()!.shadowRoot!.querySelector<HTMLElement>('.badge')!.dataset.count).toBe('1');
    overlay.show(content({ findings: [REFUND, BANG], checkedLength: 10_000 }));
    overlay.dispose();
    await frames(1);
    expect(hosts()).toHaveLength(0);
  });

  it('shows nothing for a clean draft unless the box is focused, and then only a neutral badge', () => {
    const { overlay } = setup();
    overlay.show(content({ findings: [] }));
    expect(shownHost()).toBeUndefined();
    overlay.show(content({ findings: [], focused: true }));
    const badge = shownHost()!.shadowRoot!.querySelector<HTMLElement>('.badge')!;
    expect(badge.dataset).toMatchObject({ count: '0', severity: 'none' });
    expect(shownHost()!.shadowRoot!.querySelectorAll('.span-mark')).toHaveLength(0);
  });

  it('says it cannot read the box, with no underline', () => {
    const { overlay } = setup();
    overlay.show(content({ findings: [REFUND] }));
    overlay.show(content({ status: 'unreadable' }));
    const shadow = shownHost()!.shadowRoot!;
    expect(shadow.querySelector<HTMLElement>('.badge')!.dataset.severity).toBe('unreadable');
    expect(shadow.querySelector('.badge')!.textContent).toContain('cannot read this box');
    expect(shadow.querySelectorAll('.span-mark')).toHaveLength(0);
  });

  it('opens the card from the badge with the findings and the paths', () => {
    const { overlay } = setup();
    overlay.show(
      content({
        findings: [REFUND],
        paths: [{ id: 'sav', category: 'sav', label: 'SAV (service client)', team: 'Service client', sla: 'Sous 24 h', secondPairOfEyes: false }],
        mode: 'crisis',
      }),
    );
    const shadow = shownHost()!.shadowRoot!;
    shadow.querySelector('.badge')!.dispatchEvent(new Event('pointerenter'));
    const card = shadow.querySelector('.card')!;
    expect(card.querySelector('.finding')!.getAttribute('data-rule')).toBe('fr.refund');
    expect(card.querySelector('.finding-message')!.textContent).toBe('Promesse de remboursement');
    expect(card.querySelector('.path[data-category="sav"] .path-label')!.textContent).toBe('SAV (service client)');
    expect(card.querySelector('.mode-line')).not.toBeNull();
    shadow.querySelector('.badge')!.dispatchEvent(new Event('pointerleave'));
    expect(shadow.querySelector('.card')).toBeNull();
  });

  it('puts its host in the shadow root of an editor that lives in one, and removes it on dispose', () => {
    const outlet = document.createElement('div');
    document.body.append(outlet);
    const shadow = outlet.attachShadow({ mode: 'open' });
    const { overlay } = setup(shadow);
    overlay.show(content({ findings: [REFUND] }));
    expect(hosts(shadow)).toHaveLength(1);
    expect(hosts(document)).toHaveLength(0);
    overlay.dispose();
    expect(hosts(shadow)).toHaveLength(0);
  });

  it('hides the badge of a box scrolled out of view, keeps following it quietly, and shows it when it comes back', async () => {
    const { overlay, layout } = setup();
    editableRect = new DOMRect(100, -300, 400, 40);
    overlay.show(content({ findings: [REFUND] }));
    expect(shownHost()).toBeUndefined();
    measurements = 0;
    await frames(5);
    // Nothing moved: no layout work per frame while the box is away.
    expect(measurements).toBe(0);
    editableRect = new DOMRect(100, 200, 400, 40);
    layout.schedule();
    await frames(2);
    expect(shownHost()!.shadowRoot!.querySelector<HTMLElement>('.badge')!.dataset.count).toBe('1');
  });
});
