// The card shown over the badge (every open finding) or over an underlined span (that finding), with the escalation paths.
import type { Finding } from '../../core/engine/types';
import type { Mode } from '../../core/engine/vocabulary';
import { formatCount, t } from '../../shared/i18n';
import type { PathView } from './path-view';
import { SEVERITY_COLORS } from './severity-colors';
import type { FalsePositiveReason } from '../../shared/stats/stats-event';
import { el } from './element';
import { CATEGORY_LABEL_KEYS, MODE_KEYS, SEVERITY_LABEL_KEYS } from './labels';
import { createReportControl } from './report-control';

export interface FindingCardView {
  source: 'badge' | 'span';
  readable: boolean;
  /** All open findings from the badge, the hovered one from a span. */
  findings: readonly Finding[];
  paths: readonly PathView[];
  mode: Mode;
  /** Set when only the start of a long draft was checked. */
  checkedLength?: number;
  /** The CM clicked the badge: the card stays open and takes clicks, so its findings can be reported. */
  pinned?: boolean;
  /** Reporting a finding as wrong (rule id and reason); absent, the card offers no report. */
  reporting?: {
    report(ruleId: string, reason: FalsePositiveReason): Promise<boolean>;
    onBusy(busy: boolean): void;
  };
}

function findingItem(doc: Document, finding: Finding, reporting: FindingCardView['reporting'] | null): HTMLElement {
  const item = el(
    doc,
    'li',
    { class: 'finding', 'data-rule': finding.ruleId, 'data-severity': finding.severity },
    el(
      doc,
      'div',
      { class: 'finding-head' },
      t(SEVERITY_LABEL_KEYS[finding.severity]),
      ` · ${t(CATEGORY_LABEL_KEYS[finding.category])}`,
      finding.wholeDraft && ` · ${t('overlay_whole_reply')}`,
    ),
    el(doc, 'div', { class: 'finding-message' }, finding.message),
    finding.clause && el(doc, 'div', { class: 'finding-meta' }, finding.clause),
    finding.replacement && el(doc, 'div', { class: 'finding-replacement' }, t('overlay_replacement', finding.replacement)),
    reporting &&
      createReportControl(doc, finding.message, { report: (reason) => reporting.report(finding.ruleId, reason), onBusy: reporting.onBusy }),
  );
  item.style.setProperty('--finding-color', SEVERITY_COLORS[finding.severity]);
  return item;
}

function pathItem(doc: Document, path: PathView): HTMLElement {
  const line = (text: string) => el(doc, 'div', { class: 'path-line' }, text);
  return el(
    doc,
    'li',
    { class: 'path', 'data-path': path.id, 'data-category': path.category },
    el(doc, 'div', { class: 'path-label' }, path.label),
    path.team && line(t('overlay_path_team', path.team)),
    path.channel && line(t('overlay_path_channel', path.channel)),
    path.sla && line(t('overlay_path_sla', path.sla)),
    path.secondPairOfEyes && line(t('overlay_path_second_eyes')),
    path.clause && line(path.clause),
  );
}

export function buildFindingCard(doc: Document, view: FindingCardView): HTMLElement {
  // Pinned, it holds buttons: a tooltip role would hide them from assistive technology.
  const interactive = view.source === 'badge' && view.pinned === true;
  const card = el(doc, 'div', {
    class: 'card',
    role: interactive ? 'group' : 'tooltip',
    'aria-label': interactive ? t('overlay_findings_title') : undefined,
    'data-source': view.source,
    'data-pinned': interactive ? 'true' : undefined,
  });
  const reporting = interactive ? view.reporting ?? null : null;
  if (!view.readable) {
    card.append(el(doc, 'section', {}, t('overlay_unreadable_detail')));
    return card;
  }
  card.append(
    el(
      doc,
      'section',
      { class: 'findings' },
      view.source === 'badge' && el(doc, 'h3', {}, t('overlay_findings_title')),
      view.findings.length > 0
        ? el(doc, 'ul', {}, ...view.findings.map((finding) => findingItem(doc, finding, reporting)))
        : el(doc, 'div', {}, t('overlay_no_findings')),
      // Hover cards let clicks through to the page: say how to get the one that takes them.
      view.source === 'badge' &&
        !interactive &&
        view.reporting &&
        view.findings.length > 0 &&
        el(doc, 'div', { class: 'pin-hint' }, t('overlay_pin_hint')),
    ),
  );
  if (view.checkedLength !== undefined) {
    card.append(el(doc, 'section', { class: 'cut-note', 'data-checked-length': String(view.checkedLength) }, t('overlay_checked_part', formatCount(view.checkedLength))));
  }
  if (view.paths.length > 0) {
    // In a pinned card that scrolls, Tab reaches the paths (team, channel, SLA) even when they hold no button.
    const focusable = interactive ? { tabindex: '0', role: 'region', 'aria-label': t('overlay_paths_title') } : {};
    card.append(
      el(doc, 'section', { class: 'paths', ...focusable }, el(doc, 'h3', {}, t('overlay_paths_title')), el(doc, 'ul', {}, ...view.paths.map((path) => pathItem(doc, path)))),
    );
  }
  const modeLine = MODE_KEYS[view.mode]?.line;
  if (modeLine) card.append(el(doc, 'section', { class: 'mode-line', 'data-mode': view.mode }, t(modeLine)));
  return card;
}
