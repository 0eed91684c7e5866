// The overlay of one reply box: underlines, badge and card, shown from the session's latest check and kept in place as the page moves.
import { createBadge, moveBadge, updateBadge } from './badge';
import { placeBadge, type PlainRect } from './badge-placement';
import { coversPageControl, draftTextRects } from './badge-surroundings';
import { applyPlacement, CARD_WIDTH, placeCard } from './card-placement';
import { createCardState } from './card-state';
import { buildFindingCard } from './finding-card';
import { OVERLAY_CSS } from './overlay-css';
import type { EditorAdapter } from '../editors/types';
import type { Finding } from '../../core/engine/types';
import type { Mode } from '../../core/engine/vocabulary';
import type { FalsePositiveReason } from '../../shared/stats/stats-event';
import { listen } from '../../shared/diagnostics/live-resources';
import { createBoxFollow } from './box-follow';
import { createBoxSpanPainter } from './box-span-painter';
import { createHighlightSpanPainter } from './highlight-span-painter';
import type { HighlightRegistry } from './highlight-registry';
import type { LayoutWatch } from './layout-watch';
import { createOverlayHost, type OverlayHost } from './overlay-host';
import { createPaintSchedule } from './paint-schedule';
import { createSendBlockPanel } from './send-block-panel';
import type { BlockedSend } from './send-block-view';
import type { PathView } from './path-view';
import type { PointerWatch } from './pointer-watch';
import { spanAt } from './span-hit-test';
import { inlineFindings, type SpanPainter } from './span-painter';
import { worstSeverity } from './worst-severity';

/** What one page shares among its boxes' overlays. */
export interface OverlayEnvironment {
  layout: LayoutWatch;
  pointer: PointerWatch;
  /** Null where the browser lacks the CSS Custom Highlight API. */
  highlights: HighlightRegistry | null;
}

export interface OverlayContent {
  /** `idle`: nothing checked yet (no charter); `unreadable`: the box could not be read. */
  status: 'idle' | 'checked' | 'unreadable';
  findings: readonly Finding[];
  paths: readonly PathView[];
  mode: Mode;
  focused: boolean;
  /** The draft was longer than the page checks: the findings cover its first `checkedLength` characters only. */
  checkedLength?: number;
}

export interface BoxOverlay {
  show(content: OverlayContent): void;
  /** Junior mode stopped a reply from this box: say why and what to send instead (null closes the panel). */
  showSendBlock(blocked: BlockedSend | null): void;
  dispose(): void;
}

/** What the CM can do from the pinned card. */
export interface OverlayActions {
  /** Reports a finding as wrong, with a reason and no text; resolves true once the report was kept. */
  reportFalsePositive(ruleId: string, reason: FalsePositiveReason): Promise<boolean>;
}

/** The badge's size before it was first laid out (it is measured from then on). */
const BADGE_SIZE = { width: 44, height: 24 };

const IDLE: OverlayContent = { status: 'idle', findings: [], paths: [], mode: 'normal', focused: false };

function viewportOf(element: Element): { width: number; height: number } {
  const view = element.ownerDocument.defaultView;
  return { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
}

/** Laid out and at least partly inside the viewport: a badge for a box scrolled away would float over unrelated content. */
function isOnScreen(rect: DOMRect, viewport: { width: number; height: number }): boolean {
  return rect.width + rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < viewport.height && rect.left < viewport.width;
}

export function createBoxOverlay(adapter: EditorAdapter, env: OverlayEnvironment, boxId: string, actions?: OverlayActions): BoxOverlay {
  let host: OverlayHost | null = null;
  const ensureHost = () => (host ??= createOverlayHost(adapter.root, OVERLAY_CSS, boxId));
  // Textareas have no text nodes to range over: their underlines are always positioned boxes.
  const painter: SpanPainter =
    env.highlights && adapter.kind !== 'textarea'
      ? createHighlightSpanPainter(adapter, env.highlights)
      : createBoxSpanPainter(adapter, () => ensureHost().marks);

  let content = IDLE;
  const sendBlock = createSendBlockPanel(ensureHost, () => render());
  /** Bumped on every show(): an open card is rebuilt only when what it lists changed. */
  let contentVersion = 0;
  const cardState = createCardState();
  let badge: HTMLElement | null = null;
  let card: { element: HTMLElement; key: string } | null = null;
  let stopOutsideClick: (() => void) | null = null;
  /** After dispose() the overlay shows nothing again, even if a late check asks it to. */
  let disposed = false;

  const respan = () => {
    const at = cardState.pointer;
    cardState.respan(at ? spanAt(adapter, content.findings, at.x, at.y) : null);
  };
  const follow = createBoxFollow(env, adapter.root, {
    onLayout() {
      painter.relayout();
      // The span under a resting pointer moved with the page: hit-test it again where the pointer still is.
      if (cardState.span) respan();
      render();
    },
    onPointer(x, y) {
      if (cardState.pointerMoved(x, y, spanAt(adapter, content.findings, x, y))) render();
    },
    onPointerGone: () => cardState.pointerGone(),
  });

  // A clean box shows its neutral badge only while focused: no false alarm on boxes the CM is not writing in.
  const wantsBadge = () => content.status === 'unreadable' || (content.status === 'checked' && (content.findings.length > 0 || content.focused));

  const unpin = () => {
    cardState.pin(false);
    stopOutsideClick?.();
    stopOutsideClick = null;
  };

  const pin = () => {
    cardState.pin(true);
    const onPointerDown = (event: Event) => {
      if (host && event.composedPath().includes(host.shadow)) return;
      unpin();
      render();
    };
    stopOutsideClick?.();
    stopOutsideClick = listen(adapter.root.ownerDocument, 'pointerdown', onPointerDown, { capture: true, passive: true });
  };

  const closeCard = () => {
    card?.element.remove();
    card = null;
    cardState.cardClosed();
  };

  /** Hides the badge and card; following the box is decided separately (a box scrolled away is still followed). */
  const hideVisuals = () => {
    unpin();
    cardState.reset();
    closeCard();
    host?.setVisible(false);
  };

  const renderCard = (target: OverlayHost, badgeRect: PlainRect) => {
    const view = cardState.view(contentVersion);
    if (!view) return closeCard();
    if (cardState.needsRebuild(card?.key, view)) {
      closeCard();
      const element = buildFindingCard(target.view.ownerDocument, {
        source: view.source,
        readable: content.status !== 'unreadable',
        findings: view.span ? [view.span.finding] : content.findings,
        paths: content.paths,
        mode: content.mode,
        checkedLength: content.checkedLength,
        pinned: view.pinned,
        reporting: actions && { report: actions.reportFalsePositive, onBusy: (busy) => cardState.setReportBusy(busy) },
      });
      // Escape closes a pinned card from the keyboard, as a click elsewhere does with the pointer.
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape' || !cardState.pinned) return;
        event.stopPropagation();
        unpin();
        render();
        badge?.focus();
      });
      target.view.append(element);
      card = { element, key: view.key };
    }
    const viewport = viewportOf(adapter.root);
    // Its natural height (borders included): the card opens where it fits, else where the room is larger, and scrolls.
    const height = card!.element.scrollHeight + 2;
    applyPlacement(
      card!.element,
      view.span
        ? placeCard(view.span.rect, viewport, height)
        : placeCard({ top: badgeRect.top, bottom: badgeRect.bottom, left: badgeRect.right - CARD_WIDTH }, viewport, height),
    );
  };

  const render = () => {
    const showing = wantsBadge();
    follow.set(showing, showing && inlineFindings(content.findings).length > 0);
    const anchor = adapter.root.getBoundingClientRect();
    if (!showing || !isOnScreen(anchor, viewportOf(adapter.root))) {
      hideVisuals();
      return;
    }
    const target = ensureHost();
    target.setVisible(true);
    target.alignToViewport();
    badge ??= target.view.appendChild(
      createBadge(target.view.ownerDocument, {
        onEnter: () => {
          cardState.hoverBadge(true);
          render();
        },
        onLeave: () => {
          cardState.hoverBadge(false);
          render();
        },
        onToggle: () => {
          if (cardState.pinned) unpin();
          else pin();
          render();
        },
      }),
    );
    updateBadge(badge, {
      readable: content.status !== 'unreadable',
      count: content.findings.length,
      worst: worstSeverity(content.findings),
      mode: content.mode,
      checkedLength: content.checkedLength,
    });
    const viewport = viewportOf(adapter.root);
    const size = badge.offsetWidth > 0 ? { width: badge.offsetWidth, height: badge.offsetHeight } : BADGE_SIZE;
    const textRects = content.status === 'checked' && content.checkedLength === undefined ? draftTextRects(adapter) : null;
    const placement = placeBadge(anchor, size, textRects, viewport, (rect) => coversPageControl(adapter.root, rect));
    moveBadge(badge, placement);
    renderCard(target, { left: placement.left, top: placement.top, right: placement.left + size.width, bottom: placement.top + size.height });
    sendBlock.place(anchor, viewportOf(adapter.root));
  };

  const paints = createPaintSchedule(
    () => adapter.root.ownerDocument.defaultView,
    () => {
      // The same span, re-found in the new check (typing elsewhere keeps its card open).
      if (cardState.span && cardState.pointer) respan();
      painter.paint(content.status === 'checked' ? content.findings : []);
      render();
    },
  );

  return {
    show(next) {
      if (disposed) return;
      content = next;
      contentVersion += 1;
      sendBlock.followFindings(next.findings);
      // A draft past the checked length is a huge paste: measuring and underlining it forces the layout of all its text,
      // which lands in the editor's own task if done now. In the next frame it is the layout the frame does anyway.
      paints.request(next.checkedLength !== undefined);
    },
    showSendBlock(blocked) {
      if (!disposed) sendBlock.show(blocked);
    },
    dispose() {
      disposed = true;
      paints.dispose();
      sendBlock.dispose();
      painter.clear();
      follow.set(false, false);
      hideVisuals();
      host?.remove();
      host = null;
      badge = null;
    },
  };
}
