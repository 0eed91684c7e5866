// The rules grouped by category, each with its severity, clause, message and where it came from (the charter or a built-in pack).
import { useState } from 'preact/hooks';
import type { CompiledRule } from '../../core/charter/compiled';
import type { Lang } from '../../core/engine/vocabulary';
import { isIncomingCategory } from '../../core/engine/vocabulary';
import { groupRulesByCategory, isCharterRule } from './rules-by-category';
import { t, tn } from '../../shared/i18n';
import { DataTable } from '../common/DataTable';
import { Localized } from '../common/Localized';
import { SeverityLabel } from '../common/SeverityLabel';
import styles from './RulesByCategory.module.css';

export function RulesByCategory({ rules, lang }: { rules: readonly CompiledRule[]; lang: Lang }) {
  const [charterOnly, setCharterOnly] = useState(false);
  const shown = charterOnly ? rules.filter(isCharterRule) : rules;
  return (
    <div>
      <div class={styles.filters}>
        <label>
          <input type="checkbox" checked={charterOnly} onChange={(event) => setCharterOnly(event.currentTarget.checked)} />
          {t('options_rules_charter_only')}
        </label>
      </div>
      {groupRulesByCategory(shown).map((group) => (
        <details class={styles.group} key={group.category} data-testid="rule-group" data-category={group.category}>
          <summary>
            {t(`category_${group.category}`)}
            <span class={styles.scope}>{isIncomingCategory(group.category) ? t('options_scope_incoming') : t('options_scope_draft')}</span>
            <span class={styles.count}>{tn('options_rule_count', group.rules.length)}</span>
          </summary>
          <DataTable
            class={styles.table}
            columns={[{ label: t('options_rule_severity') }, { label: t('options_rule_message') }, { label: t('options_rule_clause') }, { label: t('options_rule_id') }]}
          >
            {group.rules.map((rule) => (
              <tr key={rule.id} data-rule={rule.id}>
                <td class={styles.nowrap}>
                  <SeverityLabel severity={rule.severity} />
                </td>
                <td>
                  <Localized text={rule.message} lang={lang} />
                </td>
                <td class={styles.nowrap}>{rule.clause ?? '—'}</td>
                <td>
                  <span class={styles.id}>{rule.id}</span>
                  <span class={styles.origin}>{isCharterRule(rule) ? t('options_rule_from_charter') : t('options_rule_from_pack', rule.origin.replace(/^builtin:/, ''))}</span>
                  {rule.quietable ? (
                    <span class={styles.origin} data-testid="rule-quietable">
                      {t('options_rule_quietable')}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        </details>
      ))}
    </div>
  );
}
