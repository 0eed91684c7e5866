// What the popup shows without a reply box: why (no box focused, or a page Gardefou does not run on) and the charter in force.
import type { PopupModel } from './use-popup-model';
import { t } from '../../shared/i18n';
import { CharterFacts } from '../common/CharterFacts';
import { PopupNotice } from './PopupNotice';
import styles from './PopupApp.module.css';

export function NoBoxView({ model }: { model: PopupModel }) {
  const unsupported = model.query?.status === 'unsupported';
  return (
    <>
      {unsupported ? (
        <PopupNotice title={t('popup_unsupported_title')} tone="warning" testId="unsupported-notice">
          {t('popup_unsupported_detail')}
        </PopupNotice>
      ) : (
        <PopupNotice title={t('popup_no_box_title')} testId="no-box-notice">
          {t('popup_no_box_detail')}
        </PopupNotice>
      )}
      {model.meta ? (
        <section class={styles.section} aria-labelledby="gf-charter-heading">
          <h2 id="gf-charter-heading">{t('popup_charter_title')}</h2>
          <CharterFacts meta={model.meta} lang={model.uiLang} />
        </section>
      ) : null}
    </>
  );
}
