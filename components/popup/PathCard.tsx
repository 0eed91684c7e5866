// One escalation path the incoming message calls for: who takes it, where, what to say publicly, how fast, and whether a lead reviews.
import type { ComponentChildren } from 'preact';
import type { CompiledPath } from '../../lib/charter/compiled';
import type { PathMatch } from '../../lib/engine/types';
import type { Lang } from '../../lib/engine/vocabulary';
import { t } from '../../lib/i18n';
import { pickLocalized } from '../../lib/ui/localized-text';
import { Localized } from '../shared/Localized';
import styles from './PathCard.module.css';

interface PathCardProps {
  match: PathMatch;
  /** The charter's description of the path; missing when the charter changed since the check. */
  path: CompiledPath | undefined;
  lang: Lang;
  /** What the CM can do about the path (recording the escalation), under its description. */
  children?: ComponentChildren;
}

export function PathCard({ match, path, lang, children }: PathCardProps) {
  const label = pickLocalized(path?.label, lang)?.text ?? match.id;
  const guidance = pickLocalized(path?.guidance, lang);
  return (
    <article class={styles.card} data-testid="path-card" data-path={match.id} aria-label={label}>
      <div class={styles.head}>
        <h3 class={styles.title}>{label}</h3>
        {path?.clause ? <span class={styles.clause}>{path.clause}</span> : null}
        {path?.secondPairOfEyes ? <span class={styles.review}>{t('path_review_required')}</span> : null}
        {match.ruleId === 'mode:crisis' ? <span class={styles.crisisAdded}>{t('path_added_by_crisis_mode')}</span> : null}
      </div>
      <dl class={styles.fields}>
        <dt>{t('path_team')}</dt>
        <dd>
          <Localized text={path?.team} lang={lang} />
        </dd>
        <dt>{t('path_internal_channel')}</dt>
        <dd>
          <Localized text={path?.internalChannel} lang={lang} />
        </dd>
        <dt>{t('path_public_redirect')}</dt>
        <dd>
          <Localized text={path?.publicRedirect} lang={lang} />
        </dd>
        <dt>{t('path_sla')}</dt>
        <dd class={styles.sla} data-testid="path-sla">
          <Localized text={path?.sla} lang={lang} />
        </dd>
        <dt>{t('path_second_pair_of_eyes')}</dt>
        <dd>{path?.secondPairOfEyes ? t('path_second_pair_of_eyes_yes') : t('path_second_pair_of_eyes_no')}</dd>
      </dl>
      {guidance ? (
        <details class={styles.guidance}>
          <summary>{t('path_guidance')}</summary>
          <p lang={guidance.lang === lang ? undefined : guidance.lang}>{guidance.text}</p>
        </details>
      ) : null}
      {children}
    </article>
  );
}
