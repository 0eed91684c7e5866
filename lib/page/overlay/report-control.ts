// "This is wrong" under a finding of the pinned in-page card: the CM picks a reason and the report leaves with the rule id and
// that reason only. The card never attaches text; the popup's dialog is where a CM can choose to.
import { t } from '../../shared/i18n';
import { FALSE_POSITIVE_REASONS, type FalsePositiveReason } from '../../shared/stats/stats-event';
import { el } from './element';

export interface ReportHandlers {
  /** Sends the report; resolves true once the background kept it. */
  report(reason: FalsePositiveReason): Promise<boolean>;
  /** The reason list opened (true) or the report ended (false): the card must not be rebuilt while the CM chooses. */
  onBusy(busy: boolean): void;
}

export function createReportControl(doc: Document, findingMessage: string, handlers: ReportHandlers): HTMLElement {
  const wrap = el(doc, 'div', { class: 'report' });
  const label = t('overlay_report_label', findingMessage);
  const opener = el(doc, 'button', { type: 'button', class: 'report-open', 'aria-label': label }, t('overlay_report'));
  wrap.append(opener);

  const close = () => {
    wrap.replaceChildren(opener);
    handlers.onBusy(false);
    opener.focus();
  };

  const send = async (reason: FalsePositiveReason, picker: HTMLElement, status: HTMLElement) => {
    for (const button of picker.querySelectorAll('button')) button.disabled = true;
    const ok = await handlers.report(reason).catch(() => false);
    wrap.dataset.result = ok ? 'sent' : 'failed';
    status.textContent = ok ? t('stats_fp_sent') : t('stats_fp_failed');
    if (ok) {
      picker.remove();
      // The focused reason button is gone: focus stays in the card, where Escape closes it.
      status.tabIndex = -1;
      status.focus();
    } else for (const button of picker.querySelectorAll('button')) button.disabled = false;
    handlers.onBusy(false);
  };

  opener.addEventListener('click', () => {
    const status = el(doc, 'div', { class: 'report-status', role: 'status' });
    const reasons = FALSE_POSITIVE_REASONS.map((reason) =>
      el(doc, 'button', { type: 'button', class: 'report-reason', 'data-reason': reason }, t(`stats_fp_reason_${reason}`)),
    );
    const cancel = el(doc, 'button', { type: 'button', class: 'report-cancel' }, t('stats_fp_cancel'));
    const picker = el(
      doc,
      'div',
      { class: 'report-picker', role: 'group', 'aria-label': t('stats_fp_reason_legend') },
      el(doc, 'div', { class: 'report-title' }, t('stats_fp_reason_legend')),
      ...reasons,
      cancel,
      el(doc, 'div', { class: 'report-note' }, t('stats_fp_without_text')),
    );
    reasons.forEach((button, index) => button.addEventListener('click', () => void send(FALSE_POSITIVE_REASONS[index], picker, status)));
    cancel.addEventListener('click', close);
    handlers.onBusy(true);
    wrap.replaceChildren(picker, status);
    reasons[0].focus();
  });
  return wrap;
}
