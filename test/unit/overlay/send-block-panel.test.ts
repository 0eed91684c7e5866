// @vitest-environment happy-dom
// The "reply not sent" panel: why (the blocking findings), what to send instead, and it goes once the findings change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/core/engine/types';
import { createOverlayHost, type OverlayHost } from '../../../lib/page/overlay/overlay-host';
import { createSendBlockPanel, type SendBlockPanel } from '../../../lib/page/overlay/send-block-panel';
import { useCatalogue } from '../use-catalogue';

const REFUND: Finding = { ruleId: 'fr.refund', category: 'out_of_perimeter', severity: 'error', start: 0, end: 9, message: 'Promesse de remboursement', clause: 'Charte §2' };
const BLOCKED = { allowed: false as const, blocking: [REFUND], suggestions: [{ id: 'FR 1.1', text: 'Bonjour Alice, écrivez-nous en message privé.' }] };

let host: OverlayHost;
let panel: SendBlockPanel;
let changes = 0;

beforeEach(() => {
  useCatalogue('fr');
  document.body.innerHTML = '<div id="box" contenteditable="true">Je vous rembourse</div>';
  host = createOverlayHost(document.getElementById('box')!, '', 'box-1');
  changes = 0;
  panel = createSendBlockPanel(() => host, () => void changes++);
});
afterEach(() => panel.dispose());

const shownPanel = () => host.shadow.querySelector<HTMLElement>('[data-testid="send-block"]');

describe('createSendBlockPanel', () => {
  it('shows the blocking findings and the approved phrasing to use instead, in the UI language', () => {
    panel.followFindings([REFUND]);
    panel.show(BLOCKED);
    const element = shownPanel();
    expect(element?.getAttribute('role')).toBe('alert');
    expect(element?.textContent).toContain('Réponse non envoyée : mode junior');
    expect(element?.querySelector('[data-rule="fr.refund"]')?.textContent).toContain('Promesse de remboursement');
    expect(element?.querySelector('[data-phrasing="FR 1.1"]')?.textContent).toBe('Bonjour Alice, écrivez-nous en message privé.');
    expect(changes).toBe(1);
  });

  it('goes when the findings change (the CM edited the reply), not when they are re-sent unchanged', () => {
    panel.followFindings([REFUND]);
    panel.show(BLOCKED);
    panel.followFindings([REFUND]);
    expect(shownPanel()).not.toBeNull();
    panel.followFindings([]);
    expect(shownPanel()).toBeNull();
  });

  it('closes with its button', () => {
    panel.show(BLOCKED);
    host.shadow.querySelector<HTMLButtonElement>('.block-close')!.click();
    expect(shownPanel()).toBeNull();
    expect(panel.isShowing()).toBe(false);
  });

  it('hides while the box is off screen', () => {
    panel.show(BLOCKED);
    panel.place(null, { width: 800, height: 600 });
    expect(shownPanel()?.hidden).toBe(true);
    panel.place(new DOMRect(10, 10, 300, 40), { width: 800, height: 600 });
    expect(shownPanel()?.hidden).toBe(false);
  });
});
