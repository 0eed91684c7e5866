// The charter's escalation paths in full: team, internal channel, public redirect, SLA, second pair of eyes, clause and guidance.
import type { CompiledCharter } from '../../core/charter/compiled';
import type { Lang } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import { Localized } from '../common/Localized';
import { PathFactRows, ReviewRequiredTag } from '../common/PathFacts';
import styles from './PathsOverview.module.css';

export function PathsOverview({ charter, lang }: { charter: CompiledCharter; lang: Lang }) {
  if (charter.paths.length === 0) return <p class={styles.muted}>{t('options_paths_none')}</p>;
  return (
    <div class={styles.grid}>
      {charter.paths.map((path) => {
        const phrasingCount = charter.phrasings.filter((phrasing) => phrasing.path === path.id).length;
        return (
          <article class={styles.card} key={path.id} data-testid="options-path" data-path={path.id}>
            <div class={styles.head}>
              <h3>
                <Localized text={path.label} lang={lang} fallback={path.id} />
              </h3>
              <span class={styles.muted}>
                {t(`category_${path.category}`)} · <code>{path.id}</code>
              </span>
              <ReviewRequiredTag path={path} />
            </div>
            <dl class={styles.fields}>
              <PathFactRows path={path} lang={lang} />
              <dt>{t('path_clause')}</dt>
              <dd>{path.clause ?? '—'}</dd>
              <dt>{t('path_guidance')}</dt>
              <dd>
                <Localized text={path.guidance} lang={lang} />
              </dd>
              <dt>{t('options_path_phrasings')}</dt>
              <dd>{phrasingCount}</dd>
            </dl>
          </article>
        );
      })}
    </div>
  );
}
