// The approved phrasings per path and language, with a search that ignores accents and case.
import { useMemo, useState } from 'preact/hooks';
import type { CompiledCharter, CompiledPhrasing } from '../../core/charter/compiled';
import type { Lang } from '../../core/engine/vocabulary';
import { phrasingsByPath } from './phrasings-by-path';
import { searchByTerms } from '../../core/phrasing/search-phrasings';
import { formatCount, t, tn } from '../../shared/i18n';
import { copyToClipboard } from '../common/clipboard';
import { otherLang, pickLocalized } from '../../core/localized-text';
import { Button } from '../common/Button';
import { HighlightedText } from './HighlightedText';
import styles from './PhrasingSearch.module.css';

export function PhrasingSearch({ charter, lang }: { charter: CompiledCharter; lang: Lang }) {
  const [query, setQuery] = useState('');
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const pathLabel = (pathId: string | null) =>
    pathId === null ? t('phrasing_group_general') : (pickLocalized(charter.paths.find((path) => path.id === pathId)?.label, lang)?.text ?? pathId);
  const matches = useMemo(
    () =>
      searchByTerms(charter.phrasings, query, (phrasing: CompiledPhrasing) => [
        phrasing.id,
        phrasing.text,
        phrasing.title?.fr ?? '',
        phrasing.title?.en ?? '',
        pathLabel(phrasing.path ?? null),
      ]),
    [charter, query],
  );
  const sections = phrasingsByPath(matches, charter.paths, [lang, otherLang(lang)]);

  return (
    <div>
      <div class={styles.bar}>
        <input
          type="search"
          class={styles.search}
          value={query}
          placeholder={t('options_search_placeholder')}
          aria-label={t('options_search_label')}
          data-testid="phrasing-search"
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <span class={styles.count} role="status" data-testid="phrasing-search-count">
          {tn('options_search_count', matches.length, [formatCount(charter.phrasings.length)])}
        </span>
      </div>
      {sections.length === 0 ? <p class={styles.empty}>{t('options_search_none')}</p> : null}
      {sections.map((section) => (
        <section class={styles.section} key={section.pathId ?? 'general'} data-testid="phrasing-section" data-path={section.pathId ?? ''}>
          <h3>
            <HighlightedText text={pathLabel(section.pathId)} query={query} />
          </h3>
          <div class={styles.langs}>
            {section.byLang.map((entry) => (
              <div class={styles.lang} key={entry.lang}>
                <h4>{t(`phrasing_lang_${entry.lang}`)}</h4>
                <ul class={styles.list}>
                  {entry.phrasings.map((phrasing) => {
                    const title = pickLocalized(phrasing.title, lang)?.text;
                    return (
                      <li class={styles.item} key={phrasing.id} data-testid="catalogue-phrasing" data-phrasing={phrasing.id}>
                        <div class={styles.itemHead}>
                          <strong>
                            <HighlightedText text={phrasing.id} query={query} />
                          </strong>
                          {title ? (
                            <span class={styles.itemTitle}>
                              <HighlightedText text={title} query={query} />
                            </span>
                          ) : null}
                          {phrasing.variables.map((name) => (
                            <span class={styles.variable} key={name}>{`{${name}}`}</span>
                          ))}
                          <span class={styles.copy}>
                            <Button
                              variant="quiet"
                              onClick={async () => {
                                if (await copyToClipboard(phrasing.text)) setCopiedId(phrasing.id);
                              }}
                              aria-label={t('options_copy_phrasing', phrasing.id)}
                            >
                              {copiedId === phrasing.id ? t('phrasing_copied_short') : t('phrasing_copy')}
                            </Button>
                          </span>
                        </div>
                        <p class={styles.text} lang={phrasing.lang}>
                          <HighlightedText text={phrasing.text} query={query} />
                        </p>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
