// The charter in force at a glance: name, version, where it came from, its date and when it was loaded, and the mode.
import type { Lang, Mode } from '../../core/engine/vocabulary';
import type { CharterMeta } from '../../shared/storage/charter-items';
import { t } from '../../shared/i18n';
import { formatDateForPeople } from './format-date';
import { ModeBadge } from './ModeBadge';
import styles from './CharterFacts.module.css';

interface CharterFactsProps {
  meta: CharterMeta;
  mode: Mode;
  lang: Lang;
}

export function CharterFacts({ meta, mode, lang }: CharterFactsProps) {
  return (
    <dl class={styles.facts} data-testid="charter-facts">
      <dt>{t('popup_charter_name')}</dt>
      <dd data-testid="charter-name">{meta.name}</dd>
      <dt>{t('popup_charter_version')}</dt>
      <dd data-testid="charter-version">{meta.version}</dd>
      <dt>{t('popup_charter_source')}</dt>
      <dd>
        {t(`popup_source_${meta.source}`)}
        {meta.origin ? <span class={styles.origin}> · {meta.origin}</span> : null}
      </dd>
      <dt>{t('popup_charter_updated')}</dt>
      <dd>{formatDateForPeople(meta.updatedAt, lang)}</dd>
      <dt>{t('popup_charter_loaded')}</dt>
      <dd>{formatDateForPeople(meta.lastSuccessAt, lang)}</dd>
      <dt>{t('popup_charter_mode')}</dt>
      <dd>
        <ModeBadge mode={mode} />
      </dd>
    </dl>
  );
}
