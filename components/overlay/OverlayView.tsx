// Everything Gardefou draws beside one reply box, placed from the box's and the hovered span's client rects.
import type { Finding } from '../../lib/engine/types';
import { SEVERITY_RANK, type Mode, type Severity } from '../../lib/engine/vocabulary';
import type { PathView } from '../../lib/overlay/path-view';
import { Badge } from './Badge';
import { FindingCard, type CardPlacement } from './FindingCard';

/** Which card is open: the summary from the badge, or one finding from its underlined span. */
export type CardRequest = { source: 'badge' } | { source: 'span'; finding: Finding; spanRect: DOMRect };

export interface OverlayViewProps {
  /** The editable's client rect. */
  anchor: DOMRect;
  viewport: { width: number; height: number };
  readable: boolean;
  findings: readonly Finding[];
  paths: readonly PathView[];
  mode: Mode;
  card: CardRequest | null;
  onBadgeEnter(): void;
  onBadgeLeave(): void;
  onBadgeToggle(): void;
}

const CARD_WIDTH = 320;
const CARD_GAP = 8;
/** Below this much room under the anchor, the card opens above it. */
const CARD_ROOM = 220;

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const finding of findings) if (!worst || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[worst]) worst = finding.severity;
  return worst;
}

function placeCard(top: number, bottom: number, left: number, viewport: OverlayViewProps['viewport']): CardPlacement {
  const clampedLeft = Math.max(CARD_GAP, Math.min(left, viewport.width - CARD_WIDTH - CARD_GAP));
  return viewport.height - bottom >= CARD_ROOM || top < CARD_ROOM
    ? { left: clampedLeft, top: bottom + CARD_GAP }
    : { left: clampedLeft, bottom: viewport.height - top + CARD_GAP };
}

export function OverlayView(props: OverlayViewProps) {
  const { anchor, viewport, readable, findings, paths, mode, card } = props;
  const badgeTop = Math.max(10, anchor.top);
  const placement =
    card?.source === 'span'
      ? placeCard(card.spanRect.top, card.spanRect.bottom, card.spanRect.left, viewport)
      : placeCard(badgeTop - 10, badgeTop + 10, anchor.right - CARD_WIDTH, viewport);
  return (
    <>
      <Badge
        readable={readable}
        count={findings.length}
        worst={worstSeverity(findings)}
        mode={mode}
        left={anchor.right - 4}
        top={badgeTop}
        onEnter={props.onBadgeEnter}
        onLeave={props.onBadgeLeave}
        onToggle={props.onBadgeToggle}
      />
      {card && (
        <FindingCard
          placement={placement}
          readable={readable}
          findings={card.source === 'span' ? [card.finding] : findings}
          paths={paths}
          mode={mode}
          source={card.source}
        />
      )}
    </>
  );
}
