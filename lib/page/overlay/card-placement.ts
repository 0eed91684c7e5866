// Where a card opens: under its anchor, or above it when that side has more room; never taller than the room it has (it
// scrolls instead), always inside the viewport's width.

export interface CardPlacement {
  left: number;
  top?: number;
  bottom?: number;
  /** The most the card may be tall on its side of the anchor: past it, the card scrolls. */
  maxHeight: number;
}

export const CARD_WIDTH = 320;
const CARD_GAP = 8;
/** Below this much room under the anchor, the card opens above it when the room there is larger. */
const CARD_ROOM = 220;
/** Even in a tiny viewport, a card shows a few lines. */
const MIN_CARD_HEIGHT = 80;

/**
 * `height` is the card's natural height (its scrollHeight) when known: the card then opens below whenever it fits there,
 * and otherwise on the side with more room, capped to that room.
 */
export function placeCard(
  anchor: { top: number; bottom: number; left: number },
  viewport: { width: number; height: number },
  height = CARD_ROOM,
): CardPlacement {
  const width = Math.min(CARD_WIDTH, viewport.width - 2 * CARD_GAP);
  const left = Math.max(CARD_GAP, Math.min(anchor.left, viewport.width - width - CARD_GAP));
  const roomBelow = viewport.height - anchor.bottom - 2 * CARD_GAP;
  const roomAbove = anchor.top - 2 * CARD_GAP;
  const below = roomBelow >= Math.min(height, CARD_ROOM) || roomBelow >= roomAbove;
  const room = Math.max(MIN_CARD_HEIGHT, below ? roomBelow : roomAbove);
  // Kept on screen even when the anchor itself is near an edge.
  const maxHeight = Math.min(room, viewport.height - 2 * CARD_GAP);
  return below
    ? { left, top: Math.min(anchor.bottom + CARD_GAP, viewport.height - CARD_GAP - Math.min(height, maxHeight)), maxHeight }
    : { left, bottom: Math.min(viewport.height - anchor.top + CARD_GAP, viewport.height - CARD_GAP - Math.min(height, maxHeight)), maxHeight };
}

export function applyPlacement(card: HTMLElement, placement: CardPlacement): void {
  card.style.left = `${placement.left}px`;
  card.style.top = placement.top === undefined ? '' : `${placement.top}px`;
  card.style.bottom = placement.bottom === undefined ? '' : `${placement.bottom}px`;
  card.style.maxHeight = `${Math.floor(placement.maxHeight)}px`;
}
