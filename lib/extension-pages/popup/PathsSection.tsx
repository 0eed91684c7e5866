// The escalation paths the incoming message calls for, or why there is none (no message answered, a new post, within the perimeter).
import type { CompiledCharter } from '../../core/charter/compiled';
import type { ActiveBoxState } from '../../shared/messaging/protocol';
import type { PopupModel } from './use-popup-model';
import { t } from '../../shared/i18n';
import { pickLocalized } from '../../core/localized-text';
import { EscalationRecorder } from './EscalationRecorder';
import { PathCard } from './PathCard';
import styles from './PopupApp.module.css';

export function PathsSection({ box, charter, model }: { box: ActiveBoxState; charter: CompiledCharter | null; model: PopupModel }) {
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
          {model.approvedPhrasingOnly ? <p class={styles.juniorOnly}>{t('path_junior_approved_only')}</p> : null}
          {box.paths.map((match) => {
            const path = charter?.paths.find((candidate) => candidate.id === match.id);
            return (
              <PathCard key={match.id} match={match} path={path} lang={model.uiLang}>
                {/* The charter decides whether escalations are logged (Brandtruc: "Charte §20"). */}
                {path && charter?.escalationLog.enabled ? (
                  <EscalationRecorder
                    platform={box.platform}
                    pathId={path.id}
                    pathLabel={pickLocalized(path.label, model.uiLang)?.text ?? path.id}
                    team={pickLocalized(path.team, model.uiLang)?.text ?? null}
                    lang={model.uiLang}
                  />
                ) : null}
              </PathCard>
            );
          })}
        </div>
      )}
    </section>
  );
}
