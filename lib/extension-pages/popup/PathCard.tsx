// One escalation path the incoming message calls for: who takes it, where, what to say publicly, how fast, and whether a lead reviews.
import type { ComponentChildren } from 'preact';
import type { CompiledPath } from '../../core/charter/compiled';
import type { PathMatch } from '../../core/engine/types';
import type { Lang } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import { pickLocalized } from '../../core/localized-text';
import { PathFactRows, ReviewRequiredTag } from '../common/PathFacts';
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
        <ReviewRequiredTag path={path} />
        {match.ruleId === 'mode:crisis' ? <span class={styles.crisisAdded}>{t('path_added_by_crisis_mode')}</span> : null}
      </div>
      <dl class={styles.fields}>
        <PathFactRows path={path} lang={lang} slaClass={styles.sla} />
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
