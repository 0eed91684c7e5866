// The popup: for the reply box the CM is in, the escalation path and the approved phrasing to insert on the first screen
// (380 × 600), then the draft's findings, quieted rules and the lead's validation; the charter in force in the footer.
import { browser } from 'wxt/browser';
import { usePopupModel } from './use-popup-model';
import { useJuniorOverride } from './use-junior-override';
import { charterProblemItem } from '../../shared/storage/charter-items';
import { useStorageItem } from '../common/use-storage-item';
import { t } from '../../shared/i18n';
import { Button } from '../common/Button';
import { Logo } from '../common/Logo';
import { ModeBadge } from '../common/ModeBadge';
import { BoxContext } from './BoxContext';
import { findingCountsText } from './FindingList';
import { CharterOrigin } from './CharterOrigin';
import { FindingsSection } from './FindingsSection';
import { LeadOverride } from './LeadOverride';
import { ModeNotice } from './ModeNotice';
import { NoBoxView } from './NoBoxView';
import { PathsSection } from './PathsSection';
import { PhrasingPicker } from './PhrasingPicker';
import { PopupNotice } from './PopupNotice';
import { QuietedRules } from './QuietedRules';
import styles from './PopupApp.module.css';

export function PopupApp() {
  const model = usePopupModel();
  const junior = useJuniorOverride(model);
  const charterProblem = useStorageItem(charterProblemItem);
  const { box, charter, meta } = model;
  const hasPhrasings = (charter?.phrasings.length ?? 0) > 0;
  const recheck = box ? (box.findings.length ? findingCountsText(box.findings) : t('finding_none')) : '';

  return (
    <div class={styles.popup} data-testid="popup" data-state={model.ready ? (model.query?.status ?? 'loading') : 'loading'}>
      <header class={styles.header}>
        <span class={styles.brand}>
          <Logo className={styles.logo} />
          <h1 class={styles.title}>Gardefou</h1>
        </span>
        <ModeBadge mode={model.mode} />
      </header>
      <ModeNotice mode={model.mode} settings={charter?.modes} />
      {!model.ready ? (
        <p class={styles.loading}>{t('popup_loading')}</p>
      ) : (
        <div class={styles.body}>
          {!charter ? (
            model.charterLoading ? (
              <p class={styles.plain} role="status" data-testid="charter-loading">
                {t('popup_charter_loading')}
              </p>
            ) : (
              <PopupNotice title={t('popup_no_charter_title')} tone="warning" testId="no-charter-notice">
                {t('popup_no_charter_detail')}
              </PopupNotice>
            )
          ) : null}
          {box ? (
            <>
              <BoxContext box={box} />
              <PathsSection box={box} charter={charter} model={model} />
            </>
          ) : (
            <NoBoxView model={model} />
          )}
          {hasPhrasings ? (
            <section class={styles.section} aria-labelledby="gf-phrasing-heading" data-testid="phrasing-section">
              <h2 id="gf-phrasing-heading">{t('phrasing_section_title')}</h2>
              <PhrasingPicker
                picker={model.picker}
                actions={model.actions}
                canInsert={box !== null && box.readable}
                autoFocus
                uiLang={model.uiLang}
                pathLabel={model.pathLabel}
                recheck={recheck}
              />
            </section>
          ) : null}
          {box ? <FindingsSection box={box} model={model} /> : null}
          <QuietedRules model={model} />
          <LeadOverride junior={junior} />
        </div>
      )}
      <footer class={styles.footer}>
        <CharterOrigin meta={meta} problem={charterProblem.loaded ? charterProblem.value : null} lang={model.uiLang} />
        <Button variant="quiet" onClick={() => void browser.runtime.openOptionsPage()} data-testid="open-options">
          {t('popup_open_options')}
        </Button>
      </footer>
    </div>
  );
}
