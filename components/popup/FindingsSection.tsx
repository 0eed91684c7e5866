// The popup's findings section: the draft's findings with their overrides.
import type { ActiveBoxState } from '../../lib/messaging/protocol';
import type { PopupModel } from '../../lib/popup/use-popup-model';
import { t } from '../../lib/i18n';
import { FindingList } from './FindingList';
import styles from './PopupApp.module.css';

/** The draft's findings, placed after the phrasing list: the page already underlines them inline. */
export function FindingsSection({ box, model }: { box: ActiveBoxState; model: PopupModel }) {
  return (
    <section class={styles.section} id="gf-findings" aria-labelledby="gf-findings-heading" data-testid="findings-section">
      <h2 id="gf-findings-heading">{t('finding_section_title')}</h2>
      <FindingList
        findings={box.findings}
        draftIsEmpty={box.draftIsEmpty}
        onDismiss={(finding, reason) => void model.overrides.dismiss(finding, reason)}
        failedKey={model.overrides.failedKey}
      />
    </section>
  );
}
