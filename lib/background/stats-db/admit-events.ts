// The background's gate for statistics: only well-formed events about ids of the charter in force get in, completed from it.
// Checking ids against the charter means even a faulty or hostile sender cannot file a sentence as a "rule id".
import type { CompiledCharter } from '../../core/charter/compiled';
import { pickLocalized } from '../../core/localized-text';
import { parseStatsEvent } from '../../shared/stats/stats-event';
import type { AdmittedEvent } from '../../shared/stats/stats-records';

/** At most this many events per message; a page sending more is not behaving. */
export const MAX_EVENTS_PER_MESSAGE = 500;
/** A client clock ahead of the background's by more than this is taken as wrong, and the event filed now. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function admitEvents(received: readonly unknown[], charter: CompiledCharter | null, now: number): AdmittedEvent[] {
  if (!charter) return [];
  const rules = new Map(charter.rules.map((rule) => [rule.id, rule]));
  const paths = new Map(charter.paths.map((path) => [path.id, path]));
  const phrasings = new Map(charter.phrasings.map((phrasing) => [phrasing.id, phrasing]));
  const admitted: AdmittedEvent[] = [];
  for (const value of received.slice(0, MAX_EVENTS_PER_MESSAGE)) {
    const event = parseStatsEvent(value);
    if (!event) continue;
    const at = event.at > now + FUTURE_TOLERANCE_MS ? now : event.at;
    switch (event.kind) {
      case 'finding-shown':
      case 'finding-fixed':
      case 'finding-overridden':
      case 'false-positive-reported': {
        const rule = rules.get(event.ruleId);
        if (!rule) break;
        if (event.kind === 'false-positive-reported') {
          admitted.push({ ...event, at, category: rule.category, attachedText: event.attachedText ?? null });
        } else {
          admitted.push({ ...event, at, category: rule.category });
        }
        break;
      }
      case 'rule-quieted':
      case 'rule-restored': {
        const rule = rules.get(event.ruleId);
        // Quieting is counted only for rules the charter lets a CM quiet; restoring, for any rule still in it.
        if (rule && (event.kind === 'rule-restored' || rule.quietable)) admitted.push({ ...event, at, category: rule.category });
        break;
      }
      case 'phrasing-inserted': {
        const phrasing = phrasings.get(event.phrasingId);
        if (phrasing) admitted.push({ ...event, at, pathId: phrasing.path ?? null });
        break;
      }
      case 'escalation-recorded': {
        const path = paths.get(event.pathId);
        if (!path) break;
        const team = pickLocalized(path.team, charter.charter.defaultLanguage)?.text ?? null;
        admitted.push({ ...event, at, category: path.category, team });
        break;
      }
    }
  }
  return admitted;
}
