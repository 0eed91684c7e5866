// The engine's one entry point: the paths the incoming message calls for and the findings in the draft.
// Pure: no DOM, no browser API; the content script, popup, CLI, tests and benchmark all call this.
import type { CompiledCharter, CompiledRule } from '../charter/compiled';
import { withApprovedOnly } from '../junior/approved-only';
import { analyzeText, type AnalyzedText } from './analyzed-text';
import type { RuleMatch } from './match-rule';
import { countsShouting, matchRule } from '../rule-kinds';
import { foldLookalikes } from './raw-fold';
import { withinBudget } from './rule-budget';
import { addressingSpans, insideAny, type Span } from './occurrence';
import { runtimeFor, type LiveRule } from './runtime';
import { incomingDemotion } from './incoming-context';
import { installLexis } from './lexis';
import type { CheckInput, CheckResult, Finding, PathMatch, PossibleSignal } from './types';
import {
  SEVERITY_RANK,
  type AnyPlatform,
  type Category,
  type IncomingCategory,
  type Lang,
  type LocalizedText,
  type Mode,
  type Severity,
} from './vocabulary';

/** A draft longer than this is checked on its first part only (the result says how much). */
export const MAX_CHECKED_CHARS = 50_000;
/** The incoming message is read on its first part only: the path is decided by what it opens with. */
const MAX_INCOMING_CHARS = 10_000;
const MAX_FINDINGS = 200;

function pick(text: LocalizedText | undefined, lang: Lang): string | undefined {
  if (!text) return undefined;
  return text[lang] ?? text[lang === 'fr' ? 'en' : 'fr'];
}

function applies(rule: CompiledRule, platform: AnyPlatform, mode: Mode, text: AnalyzedText, isPublic: boolean): boolean {
  if (rule.platforms && !rule.platforms.includes(platform)) return false;
  if (rule.modes && !rule.modes.includes(mode)) return false;
  // A language-specific rule runs when the text is in that language, or when nothing told the language apart.
  if (rule.langs && text.langKnown && !rule.langs.includes(text.lang)) return false;
  if (rule.publicOnly && !isPublic) return false;
  return true;
}

/**
 * matchRule over `t`, except that detectors and raw `pattern` rules read the text with its look-alikes folded
 * (raw-fold.ts), their spans mapped back to `t`'s own offsets. The folded text is analysed once, and only when it differs.
 */
function ruleMatcher(t: AnalyzedText, platform: AnyPlatform, charter: CompiledCharter): (r: LiveRule) => RuleMatch[] {
  let folded: { t: AnalyzedText; from: number[]; to: number[] } | null | undefined;
  return (r) => {
    const rule = r.rule;
    if (rule.kind === 'detector' || (rule.kind === 'pattern' && rule.swaps?.[0]?.matcher.on === 'raw')) {
      if (folded === undefined) {
        const f = foldLookalikes(t.raw);
        folded = f && { ...f, t: analyzeText(f.text, t.lang, t.lang) };
      }
      if (folded) {
        const { from, to } = folded;
        return matchRule(r, folded.t, platform, charter.contacts).map((m) => ({ ...m, start: from[m.start] ?? t.raw.length, end: m.end > m.start ? to[m.end - 1] : (from[m.start] ?? t.raw.length) }));
      }
    }
    return matchRule(r, t, platform, charter.contacts);
  };
}

function meetsIncomingConditions(rule: CompiledRule, paths: PathMatch[]): boolean {
  const w = rule.when;
  if (!w) return true;
  if (w.incomingCategories && !paths.some((p) => w.incomingCategories!.includes(p.category))) return false;
  if (w.incomingPaths && !paths.some((p) => w.incomingPaths!.includes(p.id))) return false;
  return true;
}

function severityFor(rule: CompiledRule, mode: Mode, charter: CompiledCharter): Severity {
  if (mode === 'crisis' && charter.modes.crisis.escalate.includes(rule.category)) return 'error';
  return rule.severityIn?.[mode] ?? rule.severity;
}

/**
 * A word rule's match wholly inside an @handle or a link is dropped: "@PuterPrsn" is a name, not an insult. Style rules
 * keep them, since naming a competitor by its handle is still naming it.
 */
function wordInsideAddressing(rule: LiveRule['rule'], addressing: Span[], m: { start: number; end: number }): boolean {
  return rule.kind === 'existence' && rule.category !== 'style' && addressing.length > 0 && insideAny(addressing, m.start, m.end);
}

function findPaths(
  rules: LiveRule[],
  incoming: AnalyzedText,
  input: CheckInput,
  mode: Mode,
  charter: CompiledCharter,
  messageLang: Lang,
  skipped: string[],
): { paths: PathMatch[]; possible: PossibleSignal[] } {
  const rt = runtimeFor(charter);
  const paths: PathMatch[] = [];
  const possible: PossibleSignal[] = [];
  const addressing = addressingSpans(incoming.raw);
  const match = ruleMatcher(incoming, input.platform, charter);
  for (const r of rules) {
    if (!applies(r.rule, input.platform, mode, incoming, true)) continue;
    const path = r.rule.path ? rt.pathById.get(r.rule.path) : rt.pathByCategory.get(r.rule.category as IncomingCategory);
    if (!path || paths.some((p) => p.id === path.id)) continue;
    const matches = (withinBudget(charter, r.rule.id, input.budget, skipped, () => match(r)) ?? []).filter((m) => !wordInsideAddressing(r.rule, addressing, m));
    // A path a model alone suggests, on a message whose language nothing told apart ("#tbt every day"), is a hunch.
    const hunch = r.rule.kind === 'classifier' && !incoming.langKnown;
    const sure = hunch ? undefined : matches.find((m) => !m.possible);
    // A trigger the message's own context weakens (thanks or praise, someone else's case) is a possible path.
    const demoted = sure && incomingDemotion(path.category, incoming, r.rule.kind === 'classifier');
    if (sure && !demoted) {
      paths.push({ id: path.id, category: path.category, ruleId: r.rule.id, start: sure.start, end: sure.end });
      continue;
    }
    const weak = sure ?? matches[0];
    if (weak && !possible.some((p) => p.pathId === path.id)) {
      possible.push({
        side: 'incoming',
        ruleId: r.rule.id,
        category: path.category,
        pathId: path.id,
        severity: severityFor(r.rule, mode, charter),
        start: weak.start,
        end: weak.end,
        message: pick(r.rule.message, messageLang) ?? r.rule.id,
        ...(r.rule.clause ? { clause: r.rule.clause } : {}),
        reason: demoted || weak.possible || 'model_uncertain',
      });
    }
  }
  if (mode === 'crisis') {
    for (const id of charter.modes.crisis.alwaysPaths) {
      const path = rt.pathById.get(id);
      if (path && !paths.some((p) => p.id === id)) paths.push({ id, category: path.category, ruleId: 'mode:crisis', start: 0, end: 0 });
    }
  }
  return { paths, possible: possible.filter((p) => !paths.some((q) => q.id === p.pathId)) };
}

/** One finding per place and category: the most severe, preferring one that suggests a replacement. */
function deduplicate(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      Number(!!b.replacement) - Number(!!a.replacement) ||
      a.start - b.start ||
      b.end - b.start - (a.end - a.start),
  );
  const kept: Finding[] = [];
  for (const f of ranked) {
    const clash = kept.some(
      (k) =>
        k.category === f.category &&
        !!k.wholeDraft === !!f.wholeDraft &&
        (f.wholeDraft ? k.ruleId === f.ruleId : k.start < f.end && f.start < k.end),
    );
    if (!clash) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end).slice(0, MAX_FINDINGS);
}

export function check(input: CheckInput, charter: CompiledCharter): CheckResult {
  installLexis(charter.lexis);
  const rt = runtimeFor(charter);
  const mode = input.mode ?? charter.charter.defaultMode;
  const fallback = charter.charter.defaultLanguage;
  const incoming = analyzeText(input.incoming.slice(0, MAX_INCOMING_CHARS), undefined, fallback);
  const limit = Math.min(input.maxChars ?? MAX_CHECKED_CHARS, MAX_CHECKED_CHARS);
  const cut = input.draft.length > limit;
  const draftText = cut ? input.draft.slice(0, limit) : input.draft;
  const draft = analyzeText(draftText, input.lang, input.incoming.trim() ? incoming.lang : fallback);
  const messageLang = input.messageLang ?? draft.lang;

  const skipped: string[] = [];
  const { paths, possible: possiblePaths } = findPaths(rt.incomingRules, incoming, input, mode, charter, messageLang, skipped);

  const findings: Finding[] = [];
  const weakFindings: (Finding & { reason: PossibleSignal['reason'] })[] = [];
  const justOverCounters = new Set<string>();
  const draftAddressing = addressingSpans(draftText);
  const hypeCounters = new Set<string>();
  const match = ruleMatcher(draft, input.platform, charter);
  for (const r of rt.draftRules) {
    const rule = r.rule;
    if (!applies(rule, input.platform, mode, draft, input.isPublic) || !meetsIncomingConditions(rule, paths)) continue;
    const severity = severityFor(rule, mode, charter);
    const message = pick(rule.message, messageLang) ?? rule.id;
    for (const m of withinBudget(charter, rule.id, input.budget, skipped, () => match(r)) ?? []) {
      if (wordInsideAddressing(rule, draftAddressing, m)) continue;
      // One `!` or emoji too many is style, still shown with the charter's clause; runs and walls stay over-marketing.
      // Capitals with hype around them sell (over-marketing, below); alone they only shout: a possible signal.
      const restyled = countsShouting(rule) || (m.justOver && rule.category === 'overmarketing');
      if (restyled) justOverCounters.add(rule.occurrence!.counter);
      else if (rule.kind === 'occurrence' && rule.category === 'overmarketing') hypeCounters.add(rule.occurrence!.counter);
      (m.possible ? weakFindings : findings).push({
        ...(m.possible ? { reason: m.possible } : {}),
        ...(restyled ? { justOver: rule.occurrence!.counter } : {}),
        ruleId: rule.id,
        category: restyled ? 'style' : rule.category,
        severity: restyled ? 'info' : severity,
        start: m.start,
        end: m.end,
        message,
        ...(rule.clause ? { clause: rule.clause } : {}),
        ...(m.replacement ? { replacement: pick(m.replacement, draft.lang) } : {}),
        ...(m.wholeDraft ? { wholeDraft: true } : {}),
      } as Finding & { reason: PossibleSignal['reason'] });
    }
  }
  // One `!` or emoji too many is style only as a slip: when both limits are crossed at once, or the draft already
  // holds hype, it is part of the over-marketing. A stricter rule that already calls the same count hype (the charter's
  // limit under the pack's) leaves no style twin.
  const hype = justOverCounters.size > 1 || findings.some((f) => f.category === 'overmarketing');
  const counted: Finding[] = [];
  for (const f of findings) {
    const { justOver, ...finding } = f as Finding & { justOver?: string };
    if (justOver && hypeCounters.has(justOver)) continue;
    if (justOver && hype) {
      const rule = rt.draftRules.find((r) => r.rule.id === f.ruleId)!.rule;
      counted.push({ ...finding, category: 'overmarketing', severity: severityFor(rule, mode, charter) });
      continue;
    }
    if (justOver === 'caps_words') {
      weakFindings.push({ ...finding, reason: 'shouting' });
      continue;
    }
    counted.push(finding);
  }
  const kept = withApprovedOnly(deduplicate(counted), {
    mode, paths, draft: draftText, cut, charter, lang: draft.lang, messageLang, variables: input.variables ?? {},
  });
  const categories = [...new Set<Category>([...paths.map((p) => p.category), ...kept.map((f) => f.category)])];
  // A possible finding says something only where no confident one already raises its category.
  const possibleFindings: PossibleSignal[] = deduplicate(weakFindings.filter((f) => !categories.includes(f.category))).map((f) => {
    const { reason } = f as Finding & { reason: PossibleSignal['reason'] };
    return {
      side: 'draft',
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      start: f.start,
      end: f.end,
      message: f.message,
      ...(f.clause ? { clause: f.clause } : {}),
      reason,
    };
  });
  return {
    lang: draft.lang,
    incomingLang: incoming.lang,
    mode,
    paths,
    findings: kept,
    categories,
    possible: [...possiblePaths, ...possibleFindings],
    ...(cut ? { checkedLength: limit } : {}),
    ...(skipped.length ? { skippedRules: skipped } : {}),
  };
}
