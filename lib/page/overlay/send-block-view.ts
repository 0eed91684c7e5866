// The panel shown when junior mode stopped a reply: why (the blocking findings) and the approved phrasing to use instead.
import type { SendVerdict } from '../../core/junior/send-verdict';
import { t } from '../../shared/i18n';
import { SEVERITY_COLORS } from './severity-colors';
import { el } from './element';
import { CATEGORY_LABEL_KEYS, SEVERITY_LABEL_KEYS } from './labels';

export type BlockedSend = Extract<SendVerdict, { allowed: false }>;

/** On top of the card's own look (overlay-css.ts): it takes clicks and stands out as a refusal. */
export const SEND_BLOCK_CSS = `.send-block{pointer-events:auto;max-height:60vh;overflow:auto;border:2px solid ${SEVERITY_COLORS.error}}
.block-title{display:block;margin-right:24px;color:${SEVERITY_COLORS.error}}.send-block p{margin:4px 0}
.block-phrasing{padding:4px 6px;border-left:3px solid #137333;white-space:pre-wrap}
.block-close{position:absolute;top:4px;right:4px;border:0;background:none;font-size:16px;cursor:pointer}`;

export function buildSendBlockView(doc: Document, blocked: BlockedSend, onClose: () => void): HTMLElement {
  const close = el(doc, 'button', { type: 'button', class: 'block-close', 'aria-label': t('junior_block_close') }, '×');
  close.addEventListener('click', onClose);
  const findings = blocked.blocking.map((finding) => {
    const item = el(
      doc,
      'li',
      { class: 'block-finding', 'data-rule': finding.ruleId, 'data-severity': finding.severity },
      el(doc, 'div', { class: 'finding-head' }, `${t(SEVERITY_LABEL_KEYS[finding.severity])} · ${t(CATEGORY_LABEL_KEYS[finding.category])}`),
      el(doc, 'p', {}, finding.message),
      finding.clause && el(doc, 'p', { class: 'finding-meta' }, finding.clause),
    );
    item.style.setProperty('--finding-color', SEVERITY_COLORS[finding.severity]);
    return item;
  });
  const suggestions = blocked.suggestions.map((phrasing) => el(doc, 'li', { class: 'block-phrasing', 'data-phrasing': phrasing.id }, phrasing.text));
  return el(
    doc,
    'div',
    { class: 'card send-block', role: 'alert', 'data-testid': 'send-block' },
    close,
    el(doc, 'strong', { class: 'block-title' }, t('junior_block_title')),
    el(doc, 'p', {}, t('junior_block_intro')),
    blocked.incomplete && el(doc, 'p', { class: 'block-incomplete', 'data-incomplete': blocked.incomplete }, t(`junior_block_incomplete_${blocked.incomplete}`)),
    findings.length > 0 && el(doc, 'h3', {}, t('junior_block_why')),
    findings.length > 0 && el(doc, 'ul', { class: 'block-findings' }, ...findings),
    suggestions.length > 0 && el(doc, 'h3', {}, t('junior_block_use_instead')),
    suggestions.length > 0 && el(doc, 'ul', { class: 'block-phrasings' }, ...suggestions),
    el(doc, 'p', { class: 'finding-meta' }, t('junior_block_override_hint')),
  );
}
