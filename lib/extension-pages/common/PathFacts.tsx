// What an escalation path says, as the popup's path card and the options page both show it: who takes it, where, what to
// say publicly, how fast, and whether a lead reviews the reply first.
import type { CompiledPath } from '../../core/charter/compiled';
import type { Lang } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import { Localized } from './Localized';
import styles from './PathFacts.module.css';

interface PathFactRowsProps {
  /** Missing when the charter changed since the check that named the path. */
  path: CompiledPath | undefined;
  lang: Lang;
  /** Sets the SLA apart where it matters most (the popup). */
  slaClass?: string;
}

/** The <dt>/<dd> pairs, for the caller's <dl> (which may add rows of its own). */
export function PathFactRows({ path, lang, slaClass }: PathFactRowsProps) {
  return (
    <>
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
      <dd class={slaClass}>
        <Localized text={path?.sla} lang={lang} />
      </dd>
      <dt>{t('path_second_pair_of_eyes')}</dt>
      <dd>{path?.secondPairOfEyes ? t('path_second_pair_of_eyes_yes') : t('path_second_pair_of_eyes_no')}</dd>
    </>
  );
}

/** Said next to the path's name when a lead must validate the reply before it goes. */
export function ReviewRequiredTag({ path }: { path: CompiledPath | undefined }) {
  return path?.secondPairOfEyes ? <span class={styles.review}>{t('path_review_required')}</span> : null;
}
