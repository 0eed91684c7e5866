// One escalation path the incoming message calls for. First screen: its name, how fast and which team; folded below: the
// internal channel, the public redirect, the review rule and the guidance. Recording the escalation stays in view.
import type { ComponentChildren } from 'preact';
import type { CompiledPath } from '../../core/charter/compiled';
import type { PathMatch } from '../../core/engine/types';
import type { Lang } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import { pickLocalized } from '../../core/localized-text';
import { Localized } from '../common/Localized';
import { PathFactRows, ReviewRequiredTag } from '../common/PathFacts';
import styles from './PathCard.module.css';

interface PathCardProps {
  match: PathMatch;
  /** The charter's description of the path; missing when the charter changed since the check. */
  path: CompiledPath | undefined;
  lang: Lang;
  /** What the CM can do about the path (recording the escalation), under the first line. */
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
        <ReviewRequiredTag path={path} />
        {match.ruleId === 'mode:crisis' ? <span class={styles.crisisAdded}>{t('path_added_by_crisis_mode')}</span> : null}
      </div>
      <p class={styles.sla} data-testid="path-sla">
        <Localized text={path?.sla} lang={lang} />
      </p>
      <div class={styles.teamRow}>
        <span class={styles.team} data-testid="path-team">
          {t('overlay_path_team', pickLocalized(path?.team, lang)?.text ?? '—')}
        </span>
        {children}
      </div>
      <details class={styles.more} data-testid="path-details">
        <summary>{t('path_more')}</summary>
        <dl class={styles.fields}>
          <PathFactRows path={path} lang={lang} />
        </dl>
        {guidance ? (
          <div class={styles.guidance}>
            <strong>{t('path_guidance')}</strong>
            <p lang={guidance.lang === lang ? undefined : guidance.lang}>{guidance.text}</p>
          </div>
        ) : null}
      </details>
    </article>
  );
}
