// The "reply not sent" panel of one box, beside its badge and card in the overlay's shadow root. It stays until the CM
// closes it or the findings change (they fixed the reply, or made it worse: the panel would describe a past attempt).
import { applyPlacement, placeCard } from './card-placement';
import { buildSendBlockView, SEND_BLOCK_CSS, type BlockedSend } from './send-block-view';
import type { Finding } from '../../core/engine/types';
import { adoptStyles } from './adopt-styles';
import type { OverlayHost } from './overlay-host';

export interface SendBlockPanel {
  show(blocked: BlockedSend | null): void;
  /** The box's findings after a check: the panel goes when they are no longer the ones it explained. */
  followFindings(findings: readonly Finding[]): void;
  /** Places the panel under the box (or above it), or hides it when the box is off screen. */
  place(anchor: DOMRect | null, viewport: { width: number; height: number }): void;
  isShowing(): boolean;
  dispose(): void;
}

function findingsKey(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.ruleId}@${finding.start}-${finding.end}`).join('|');
}

export function createSendBlockPanel(host: () => OverlayHost, onChange: () => void): SendBlockPanel {
  let element: HTMLElement | null = null;
  let shownFor = '';
  let current = '';

  const remove = () => {
    element?.remove();
    element = null;
  };

  return {
    show(blocked) {
      remove();
      if (!blocked) return onChange();
      const target = host();
      adoptStyles(target.shadow, SEND_BLOCK_CSS);
      element = buildSendBlockView(target.view.ownerDocument, blocked, () => {
        remove();
        onChange();
      });
      target.view.append(element);
      shownFor = current;
      onChange();
    },
    followFindings(findings) {
      current = findingsKey(findings);
      if (element && current !== shownFor) remove();
    },
    place(anchor, viewport) {
      if (!element) return;
      element.hidden = anchor === null;
      if (anchor) applyPlacement(element, placeCard({ top: anchor.top, bottom: anchor.bottom, left: anchor.left }, viewport));
    },
    isShowing: () => element !== null,
    dispose: remove,
  };
}
