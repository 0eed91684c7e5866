// The charter in force at a glance: name, version, where it came from, its own date and when Gardefou last checked it.
// The mode is not repeated here: the page header's badge and the "mode in force" line say it once.
import type { Lang } from '../../core/engine/vocabulary';
import type { CharterMeta } from '../../shared/storage/charter-items';
import { t } from '../../shared/i18n';
import { formatDateForPeople } from './format-date';
import { charterSourceName } from './charter-source-name';
import styles from './CharterFacts.module.css';

interface CharterFactsProps {
  meta: CharterMeta;
  lang: Lang;
}

export function CharterFacts({ meta, lang }: CharterFactsProps) {
  return (
    <dl class={styles.facts} data-testid="charter-facts">
      <dt>{t('popup_charter_name')}</dt>
      <dd data-testid="charter-name">{meta.name}</dd>
      <dt>{t('popup_charter_version')}</dt>
      <dd data-testid="charter-version">{meta.version}</dd>
      <dt>{t('popup_charter_source')}</dt>
      <dd data-testid="charter-source" data-source={meta.source}>
        {charterSourceName(meta.source)}
        {meta.origin ? <span class={styles.origin}> · {meta.origin}</span> : null}
      </dd>
      <dt>{t('popup_charter_updated')}</dt>
      <dd data-testid="charter-updated">{formatDateForPeople(meta.updatedAt, lang)}</dd>
      <dt>{t('popup_charter_loaded')}</dt>
      <dd>{formatDateForPeople(meta.lastSuccessAt, lang)}</dd>
    </dl>
  );
}
