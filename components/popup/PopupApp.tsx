// The popup: for the reply box the CM is in, the escalation paths, the draft's findings and the approved phrasing to insert.
import { browser } from 'wxt/browser';
import type { CompiledCharter } from '../../lib/charter/compiled';
import type { ActiveBoxState } from '../../lib/messaging/protocol';
import { usePopupModel, type PopupModel } from '../../lib/popup/use-popup-model';
import { t } from '../../lib/i18n';
import { Button } from '../shared/Button';
import { CharterFacts } from '../shared/CharterFacts';
import { ModeBadge } from '../shared/ModeBadge';
import { BoxContext } from './BoxContext';
import { FindingList, findingCountsText } from './FindingList';
import { ModeNotice } from './ModeNotice';
import { PathCard } from './PathCard';
import { PhrasingPicker } from './PhrasingPicker';
import { PopupNotice } from './PopupNotice';
import styles from './PopupApp.module.css';

function Logo() {
  return (
    <svg class={styles.logo} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M12 2l8 3v6c0 5-3.4 9.4-8 11-4.6-1.6-8-6-8-11V5zm-1 13.6l6-6-1.4-1.4-4.6 4.6-2.2-2.2-1.4 1.4z" />
    </svg>
  );
}

function PathsSection({ box, charter, model }: { box: ActiveBoxState; charter: CompiledCharter | null; model: PopupModel }) {
  const approvedOnly = model.mode === 'junior' && box.paths.some((path) => charter?.modes.junior.approvedOnlyFor.includes(path.category));
  return (
    <section class={styles.section} aria-labelledby="gf-paths-heading" data-testid="paths-section">
      <h2 id="gf-paths-heading">{t('path_section_title')}</h2>
      {!box.hasIncoming ? (
        <p class={styles.plain}>
          {charter?.review.topLevelPosts && box.kind === 'composer' ? t('path_top_level_review') : t('path_no_incoming')}
        </p>
      ) : box.paths.length === 0 ? (
        <p class={styles.plain} data-testid="no-path">
          {t('path_none')}
        </p>
      ) : (
        <div class={styles.paths}>
          {approvedOnly ? <p class={styles.juniorOnly}>{t('path_junior_approved_only')}</p> : null}
          {box.paths.map((match) => (
            <PathCard
              key={match.id}
              match={match}
              path={charter?.paths.find((path) => path.id === match.id)}
              lang={model.uiLang}
            />
          ))}
        </div>
      )}
    </section>
  );
}

/** The draft's findings, placed after the phrasing list: the page already underlines them inline. */
function FindingsSection({ box, model }: { box: ActiveBoxState; model: PopupModel }) {
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

function NoBoxView({ model }: { model: PopupModel }) {
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
          <CharterFacts meta={model.meta} mode={model.mode} lang={model.uiLang} />
        </section>
      ) : null}
    </>
  );
}

export function PopupApp() {
  const model = usePopupModel();
  const { box, charter, meta } = model;
  const hasPhrasings = (charter?.phrasings.length ?? 0) > 0;
  const recheck = box ? (box.findings.length ? findingCountsText(box.findings) : t('finding_none')) : '';

  return (
    <div class={styles.popup} data-testid="popup" data-state={model.ready ? (model.query?.status ?? 'loading') : 'loading'}>
      <header class={styles.header}>
        <span class={styles.brand}>
          <Logo />
          <h1 class={styles.title}>Gardefou</h1>
          {meta ? (
            <span class={styles.charterName}>
              {meta.name} · {meta.version}
            </span>
          ) : null}
        </span>
        <ModeBadge mode={model.mode} />
      </header>
      <ModeNotice mode={model.mode} settings={charter?.modes} />
      {!model.ready ? (
        <p class={styles.loading}>{t('popup_loading')}</p>
      ) : (
        <div class={styles.body}>
          {!charter ? (
            <PopupNotice title={t('popup_no_charter_title')} tone="warning" testId="no-charter-notice">
              {t('popup_no_charter_detail')}
            </PopupNotice>
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
        </div>
      )}
      <footer class={styles.footer}>
        <span>{meta ? t('popup_footer_charter', [meta.name, meta.version]) : ''}</span>
        <Button variant="quiet" onClick={() => void browser.runtime.openOptionsPage()} data-testid="open-options">
          {t('popup_open_options')}
        </Button>
      </footer>
    </div>
  );
}
