// Where a box's badge goes: never over the draft's text. Inside the box's bottom-right corner while the text leaves it free
// (where CMs expect a writing aid's mark), else beside the box, below it or above it; always inside the viewport.

export interface PlainRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type BadgeSpot = 'inside' | 'beside' | 'below' | 'above' | 'corner';

export interface BadgePlacement {
  left: number;
  top: number;
  spot: BadgeSpot;
}

/** Room kept between the badge and the box's edge, the text, or the viewport's edge. */
const GAP = 4;

function intersects(a: PlainRect, b: PlainRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function within(rect: PlainRect, viewport: { width: number; height: number }): boolean {
  return rect.left >= 0 && rect.top >= 0 && rect.right <= viewport.width && rect.bottom <= viewport.height;
}

/**
 * `text` holds the client rects of the draft's text, or null when they were not measured (a huge draft): then only the spots
 * outside the box are tried, which no text of the box can reach.
 */
export function placeBadge(
  box: PlainRect,
  size: { width: number; height: number },
  text: readonly PlainRect[] | null,
  viewport: { width: number; height: number },
  /** Whether a spot would hide one of the page's own controls (its send button beside the box): such spots come last. */
  coversControl: (rect: PlainRect) => boolean = () => false,
): BadgePlacement {
  const { width, height } = size;
  const rightAligned = Math.min(box.right - width, viewport.width - width - GAP);
  const candidates: BadgePlacement[] = [];
  if (text && box.bottom - box.top >= height + 2 * GAP) candidates.push({ left: box.right - width - GAP, top: box.bottom - height - GAP, spot: 'inside' });
  candidates.push(
    { left: box.right + GAP, top: Math.max(box.top, box.bottom - height), spot: 'beside' },
    { left: rightAligned, top: box.bottom + GAP, spot: 'below' },
    { left: rightAligned, top: box.top - height - GAP, spot: 'above' },
  );
  // A margin around the badge: it must not even touch a glyph.
  const clear = (spot: BadgePlacement) => {
    const rect = { left: spot.left - 1, top: spot.top - 1, right: spot.left + width + 1, bottom: spot.top + height + 1 };
    return within({ left: spot.left, top: spot.top, right: spot.left + width, bottom: spot.top + height }, viewport) && !(text ?? []).some((line) => intersects(rect, line));
  };
  const rectOf = (spot: BadgePlacement) => ({ left: spot.left, top: spot.top, right: spot.left + width, bottom: spot.top + height });
  const chosen = candidates.find((spot) => clear(spot) && !coversControl(rectOf(spot))) ?? candidates.find(clear);
  if (chosen) return chosen;
  // Nowhere free (a box that fills the viewport): its top-right corner, kept on screen.
  return {
    left: Math.max(GAP, Math.min(box.right - width - GAP, viewport.width - width - GAP)),
    top: Math.max(GAP, Math.min(box.top + GAP, viewport.height - height - GAP)),
    spot: 'corner',
  };
}
