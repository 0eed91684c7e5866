// Per rule over the period: findings shown, fix rate, override rate with its reasons, false-positive reports; every column sorts.
import { useState } from 'preact/hooks';
import type { CompiledRule } from '../../core/charter/compiled';
import { DISMISS_REASONS } from '../../shared/messaging/dismiss-reason';
import type { Lang } from '../../core/engine/vocabulary';
import { t, type MessageKey } from '../../shared/i18n';
import type { RuleSummary } from './rule-summary';
import { DEFAULT_RULE_SORT, nextRuleSort, sortRuleSummaries, type RuleSort, type RuleSortKey } from './sort-rule-summaries';
import { numericCell } from '../common/DataTable';
import { RateBar } from './RateBar';
import { NamedId, StatsTable } from './StatsTable';
import styles from './StatsTable.module.css';

interface RuleStatsTableProps {
  summaries: readonly RuleSummary[];
  /** The charter's rules, for their messages; a rule the charter no longer has shows its id only. */
  rules: ReadonlyMap<string, CompiledRule>;
  lang: Lang;
}

const COLUMNS: { key: RuleSortKey; label: MessageKey; numeric: boolean }[] = [
  { key: 'ruleId', label: 'stats_col_rule', numeric: false },
  { key: 'category', label: 'stats_col_category', numeric: false },
  { key: 'shown', label: 'stats_col_shown', numeric: true },
  { key: 'fixRate', label: 'stats_col_fixed', numeric: false },
  { key: 'overrideRate', label: 'stats_col_overridden', numeric: false },
  { key: 'falsePositiveReports', label: 'stats_col_reports', numeric: true },
  { key: 'quieted', label: 'stats_col_quieted', numeric: true },
];

function SortableHeader({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: RuleSort; onSort(key: RuleSortKey): void }) {
  const sorted = sort.key === column.key;
  return (
    <th scope="col" aria-sort={sorted ? sort.direction : undefined} class={column.numeric ? numericCell : undefined}>
      <button type="button" class={column.numeric ? `${styles.sortButton} ${styles.numeric}` : styles.sortButton} data-sort={column.key} onClick={() => onSort(column.key)}>
        {t(column.label)}
        <span class={styles.sortMark} aria-hidden="true">
          {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

export function RuleStatsTable({ summaries, rules, lang }: RuleStatsTableProps) {
  const [sort, setSort] = useState<RuleSort>(DEFAULT_RULE_SORT);
  return (
    <StatsTable
      testId="rule-stats"
      head={COLUMNS.map((column) => (
        <SortableHeader key={column.key} column={column} sort={sort} onSort={(key) => setSort(nextRuleSort(sort, key))} />
      ))}
    >
      {sortRuleSummaries(summaries, sort).map((summary) => (
        <tr key={summary.ruleId} data-rule={summary.ruleId} data-signal={summary.signal ?? undefined}>
          <td>
            <NamedId text={rules.get(summary.ruleId)?.message} id={summary.ruleId} lang={lang} />
            {summary.signal ? <span class={`${styles.signal} ${styles[summary.signal]}`}>{t(`stats_signal_${summary.signal}`)}</span> : null}
          </td>
          <td>{t(`category_${summary.category}`)}</td>
          <td class={numericCell} data-column="shown">
            {summary.shown}
          </td>
          <td data-column="fixed">
            <RateBar rate={summary.fixRate} part={summary.fixed} whole={summary.shown} lang={lang} tone="fixed" />
          </td>
          <td data-column="overridden">
            <RateBar rate={summary.overrideRate} part={summary.overridden} whole={summary.shown} lang={lang} tone="overridden" />
            {summary.overridden > 0 ? (
              <ul class={styles.reasons}>
                {DISMISS_REASONS.filter((reason) => summary.overriddenBy[reason] > 0).map((reason) => (
                  <li key={reason} data-reason={reason}>
                    {t('stats_reason_count', [t(`finding_reason_${reason}`), String(summary.overriddenBy[reason])])}
                  </li>
                ))}
              </ul>
            ) : null}
          </td>
          <td class={numericCell} data-column="reports">
            {summary.falsePositiveReports}
          </td>
          <td class={numericCell} data-column="quieted" title={t('stats_quiet_detail', [String(summary.quieted), String(summary.restored)])}>
            {summary.quieted} / {summary.restored}
          </td>
        </tr>
      ))}
    </StatsTable>
  );
}
