// Quieting a rule for oneself from the popup, and restoring it: the list lives in local storage (the page follows it), and
// each quiet or restore is counted in the statistics by rule id, never with text.
import { useState } from 'preact/hooks';
import type { CompiledCharter, CompiledRule } from '../../core/charter/compiled';
import type { AnyPlatform, Mode } from '../../core/engine/vocabulary';
import { quietedRulesInForce, quietingApplies, withoutQuiet, withQuiet, type QuietedRule } from '../../shared/settings/quieting';
import { quietedRulesItem } from '../../shared/storage/quieted-rules';
import type { StatsEvent } from '../../shared/stats/stats-event';
import { useStorageItem, type WatchableItem } from '../common/use-storage-item';
import { sendStatsEventNow } from '../common/false-positive/use-false-positive-form';

export interface QuietedRulesModel {
  /** The quieted rules of the charter in force, oldest first, with the rule when the charter still has it. */
  list: readonly { entry: QuietedRule; rule: CompiledRule | undefined }[];
  /** False in junior and crisis mode: quieted rules apply again, and nothing new can be quieted. */
  applies: boolean;
  canQuiet(ruleId: string): boolean;
  quiet(ruleId: string): Promise<void>;
  restore(ruleId: string): Promise<void>;
  /** The rule quieted last from this popup, to confirm it. */
  justQuieted: string | null;
}

export interface QuietedRulesStore extends WatchableItem<QuietedRule[]> {
  setValue(value: QuietedRule[]): Promise<void>;
}

export function useQuietedRules(
  charter: CompiledCharter | null,
  mode: Mode,
  platform: AnyPlatform,
  store: QuietedRulesStore = quietedRulesItem,
  record: (event: StatsEvent) => Promise<boolean> = sendStatsEventNow,
): QuietedRulesModel {
  const item = useStorageItem(store);
  const [justQuieted, setJustQuieted] = useState<string | null>(null);
  const stored = item.loaded ? item.value : [];
  const inForce = quietedRulesInForce(stored, charter);
  const applies = quietingApplies(mode);
  const rule = (ruleId: string) => charter?.rules.find((candidate) => candidate.id === ruleId);

  const change = async (next: (current: QuietedRule[]) => QuietedRule[], event: StatsEvent) => {
    await store.setValue(next(await store.getValue()));
    // Statistics are best effort: a background that does not answer never undoes the CM's choice.
    await record(event).catch(() => false);
  };

  return {
    list: inForce.map((entry) => ({ entry, rule: rule(entry.ruleId) })),
    applies,
    canQuiet: (ruleId) => applies && charter !== null && rule(ruleId)?.quietable === true && !inForce.some((entry) => entry.ruleId === ruleId),
    quiet: async (ruleId) => {
      if (!charter || !applies || rule(ruleId)?.quietable !== true) return;
      const at = Date.now();
      await change((current) => withQuiet(current, charter.charter.id, ruleId, at), { kind: 'rule-quieted', ruleId, platform, at });
      setJustQuieted(ruleId);
    },
    restore: async (ruleId) => {
      if (!charter) return;
      await change((current) => withoutQuiet(current, charter.charter.id, ruleId), { kind: 'rule-restored', ruleId, platform, at: Date.now() });
      setJustQuieted((current) => (current === ruleId ? null : current));
    },
    justQuieted,
  };
}
