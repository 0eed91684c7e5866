// Where a card opens: under its anchor, or above it when the viewport has no room below; always inside the viewport's width.

export interface CardPlacement {
  left: number;
  top?: number;
  bottom?: number;
}

export const CARD_WIDTH = 320;
const CARD_GAP = 8;
/** Below this much room under the anchor, the card opens above it. */
const CARD_ROOM = 220;

export function placeCard(anchor: { top: number; bottom: number; left: number }, viewport: { width: number; height: number }): CardPlacement {
  const left = Math.max(CARD_GAP, Math.min(anchor.left, viewport.width - CARD_WIDTH - CARD_GAP));
  return viewport.height - anchor.bottom >= CARD_ROOM || anchor.top < CARD_ROOM
    ? { left, top: anchor.bottom + CARD_GAP }
    : { left, bottom: viewport.height - anchor.top + CARD_GAP };
}

export function applyPlacement(card: HTMLElement, placement: CardPlacement): void {
  card.style.left = `${placement.left}px`;
  card.style.top = placement.top === undefined ? '' : `${placement.top}px`;
  card.style.bottom = placement.bottom === undefined ? '' : `${placement.bottom}px`;
}
