// What the badge's card shows, from the CM's pointer and clicks: nothing, the whole list (badge hovered or pinned), or
// the one finding under the pointer. Pure state: the overlay asks it which card to draw and when to draw it afresh.
import type { HoveredSpan } from './span-hit-test';

export interface CardView {
  source: 'span' | 'badge';
  /** The finding under the pointer, for a span card. */
  span: HoveredSpan | null;
  pinned: boolean;
  /** Changes whenever the card's content would: a card with the same key is kept as it is. */
  key: string;
}

export interface CardState {
  readonly pinned: boolean;
  readonly span: HoveredSpan | null;
  /** Where the pointer last moved over the page while underlines were shown (null: not followed). */
  readonly pointer: { x: number; y: number } | null;
  hoverBadge(on: boolean): void;
  pin(on: boolean): void;
  /** The pointer moved to (x, y), over `span` (null: none); true when that changes the span under it. */
  pointerMoved(x: number, y: number, span: HoveredSpan | null): boolean;
  /** The span under the resting pointer, found again after the page or the findings changed. */
  respan(span: HoveredSpan | null): void;
  /** The pointer is no longer followed (no underline left, or the badge hidden). */
  pointerGone(): void;
  /** The CM is choosing a report reason in the card: it is not rebuilt under them until they are done. */
  setReportBusy(busy: boolean): void;
  /** The card to show for this version of the overlay's content (bumped on every new check), or null. */
  view(contentVersion: number): CardView | null;
  /** Whether a shown card (by its key) must be built again to show `next`. */
  needsRebuild(shownKey: string | undefined, next: CardView): boolean;
  /** The card was closed: a report in progress in it is over. */
  cardClosed(): void;
  /** Hidden badge: not hovered, not pinned. */
  reset(): void;
}

export function createCardState(): CardState {
  let badgeHovered = false;
  let pinned = false;
  let span: HoveredSpan | null = null;
  let pointer: { x: number; y: number } | null = null;
  let reportBusy = false;
  return {
    get pinned() {
      return pinned;
    },
    get span() {
      return span;
    },
    get pointer() {
      return pointer;
    },
    hoverBadge(on) {
      badgeHovered = on;
    },
    pin(on) {
      pinned = on;
    },
    pointerMoved(x, y, next) {
      pointer = { x, y };
      if (next?.finding === span?.finding) return false;
      span = next;
      return true;
    },
    respan(next) {
      span = next;
    },
    pointerGone() {
      span = null;
      pointer = null;
    },
    setReportBusy(busy) {
      reportBusy = busy;
    },
    view(contentVersion) {
      // A pinned card stays the full list: the pointer crossing an underline on its way to a button must not swap it.
      const shownSpan = pinned ? null : span;
      const source = shownSpan ? 'span' : badgeHovered || pinned ? 'badge' : null;
      if (!source) return null;
      const key = `${contentVersion}:${source}:${pinned ? 'pinned' : ''}:${shownSpan ? `${shownSpan.finding.ruleId}@${shownSpan.finding.start}` : ''}`;
      return { source, span: shownSpan, pinned, key };
    },
    needsRebuild(shownKey, next) {
      return shownKey === undefined || (shownKey !== next.key && !reportBusy);
    },
    cardClosed() {
      reportBusy = false;
    },
    reset() {
      pinned = false;
      badgeHovered = false;
    },
  };
}
