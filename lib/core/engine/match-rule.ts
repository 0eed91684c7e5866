// Where one rule matches one message: the rule kinds implemented once (existence, substitution, pattern,
// occurrence, detector, required) with the sentence-level exceptions applied. Returns raw offsets.
import type { BrandContacts } from '../charter/compiled';
import { hasAnyAnchor } from './anchor-index';
import { normalizedIndexOf, sentenceOf, toRaw, type AnalyzedText } from './analyzed-text';
import { hasStudyFraming, isJoke, isNegated, movesToPrivate } from './context-cues';
import { DETECTORS } from './detectors';
import { scoreText } from './classifier/model';
import { countOccurrences, isJustOverLimit } from './occurrence';
import type { LiveRule } from './runtime';
import type { PossibleReason } from './types';
import type { AnyPlatform, LocalizedText } from './vocabulary';

export interface RuleMatch {
  start: number;
  end: number;
  replacement?: LocalizedText;
  wholeDraft?: boolean;
  /** Set when the match is a lower-confidence signal (shown as "possible", not counted). */
  possible?: PossibleReason;
  /** An occurrence limit on `!` or emoji crossed by one, with no run: reported as `style`, at info level. */
  justOver?: boolean;
}

/** Bounded work: a rule reports at most this many matches per message. */
export const MAX_MATCHES_PER_RULE = 25;

const NO_CONTACTS: BrandContacts = { phones: [], emails: [], domains: [], addresses: [] };

/** Does the context of the normalised span [start, end) keep the match? */
function contextAllows(r: LiveRule, t: AnalyzedText, start: number, end: number): boolean {
  const { sentence, text } = sentenceOf(t, start);
  const scopeText = r.rule.contextScope === 'message' ? t.norm.text : text;
  if (r.requires && !r.requires.test(scopeText)) return false;
  const u = r.rule.unless;
  if (!u) return true;
  if (u.negated && isNegated(t.norm.text, sentence, start, end)) return false;
  if (u.study && hasStudyFraming(text)) return false;
  if (u.joke && isJoke(text)) return false;
  if (u.dm && movesToPrivate(text)) return false;
  if (r.unlessNear && r.unlessNear.test(scopeText)) return false;
  return true;
}

/** A charter's own regex runs on pieces of at most this many characters, so even a slow pattern stays bounded. */
export const RAW_PATTERN_WINDOW = 2000;

/** Line-aligned pieces of the raw text, none longer than the window (a huge single line is cut). */
function rawWindows(raw: string): { offset: number; text: string }[] {
  if (raw.length <= RAW_PATTERN_WINDOW) return [{ offset: 0, text: raw }];
  const out: { offset: number; text: string }[] = [];
  let start = 0;
  while (start < raw.length) {
    let end = Math.min(start + RAW_PATTERN_WINDOW, raw.length);
    if (end < raw.length) {
      const cut = raw.lastIndexOf('\n', end);
      if (cut > start) end = cut + 1;
    }
    out.push({ offset: start, text: raw.slice(start, end) });
    start = end;
  }
  return out;
}

function regexMatches(r: LiveRule, t: AnalyzedText): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const m of r.matchers) {
    const pieces = m.on === 'raw' ? rawWindows(t.raw) : [{ offset: 0, text: t.norm.text }];
    for (const piece of pieces) {
      const subject = piece.text;
      if (m.anchors && !hasAnyAnchor(m.anchors, subject)) continue;
      for (const part of m.parts) {
        if (part.anchors && !hasAnyAnchor(part.anchors, subject)) continue;
        const re = part.re;
        re.lastIndex = 0;
        let guard = 0;
        for (let hit = re.exec(subject); hit && out.length < MAX_MATCHES_PER_RULE && guard < 200; hit = re.exec(subject)) {
          guard++;
          if (hit[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          let start = piece.offset + hit.index;
          let end = start + hit[0].length;
          if (m.on === 'raw') {
            const ns = normalizedIndexOf(t, start);
            if (!contextAllows(r, t, ns, Math.max(ns + 1, normalizedIndexOf(t, end)))) continue;
          } else {
            if (!contextAllows(r, t, start, end)) continue;
            ({ start, end } = toRaw(t, start, end));
          }
          out.push({ start, end, replacement: m.replacement });
        }
      }
    }
  }
  return out;
}

function spanMatches(r: LiveRule, t: AnalyzedText, spans: { start: number; end: number; weak?: boolean }[]): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const s of spans) {
    if (out.length >= MAX_MATCHES_PER_RULE) break;
    const ns = normalizedIndexOf(t, s.start);
    if (contextAllows(r, t, ns, Math.max(ns + 1, normalizedIndexOf(t, s.end))))
      out.push({ start: s.start, end: s.end, replacement: r.rule.replacement, ...(s.weak ? { possible: 'name_only' as const } : {}) });
  }
  return out;
}

/** The model reads the whole message; the finding points at the sentence it finds most telling. */
function classifierMatch(r: LiveRule, t: AnalyzedText): RuleMatch[] {
  const { model, rule } = r;
  if (!model) return [];
  const { threshold, possibleThreshold } = rule.classifier! as { threshold: number; possibleThreshold?: number };
  const score = scoreText(model, t.norm.text);
  // Below the confident threshold, down to the possible one, the model's hunch is shown apart as "possible".
  const possible = score < threshold;
  if (possible && (possibleThreshold === undefined || score < possibleThreshold)) return [];
  // A possible signal is never underlined: it points at the opening sentence rather than paying to score each one.
  if (possible) {
    const first = t.sentences[0] ?? { start: 0, end: t.norm.text.length };
    const text = t.norm.text;
    let { start, end } = first;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /[\s.!?;]/.test(text[end - 1])) end--;
    if (end <= start || !contextAllows(r, t, start, end)) return [];
    return [{ ...toRaw(t, start, end), replacement: rule.replacement, possible: 'model_uncertain' }];
  }
  let best = { start: 0, end: t.norm.text.length, score: -1 };
  for (const s of t.sentences.slice(0, 40)) {
    const score = scoreText(model, t.norm.text.slice(s.start, s.end));
    if (score > best.score) best = { start: s.start, end: s.end, score };
  }
  const text = t.norm.text;
  let { start, end } = best;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s.!?;]/.test(text[end - 1])) end--;
  if (end <= start || !contextAllows(r, t, start, end)) return [];
  return [{ ...toRaw(t, start, end), replacement: rule.replacement, ...(possible ? { possible: 'model_uncertain' as const } : {}) }];
}

export function matchRule(r: LiveRule, t: AnalyzedText, platform: AnyPlatform, contacts: BrandContacts): RuleMatch[] {
  const rule = r.rule;
  if (t.raw.trim() === '') return [];
  switch (rule.kind) {
    case 'existence':
    case 'substitution':
    case 'pattern':
      return regexMatches(r, t);
    case 'occurrence': {
      const o = rule.occurrence!;
      const max = o.maxByPlatform?.[platform] ?? o.max;
      const result = countOccurrences(o.counter, t.raw, max);
      if (!result.spans.length) return [];
      const justOver = isJustOverLimit(o.counter, t.raw, max, result.count);
      return result.spans.slice(0, MAX_MATCHES_PER_RULE).map((s) => ({ ...s, replacement: rule.replacement, ...(justOver ? { justOver } : {}) }));
    }
    case 'detector': {
      const d = rule.detector!;
      const spans = DETECTORS[d.type](t.raw, d.allowBrandContacts ? contacts : NO_CONTACTS);
      return spanMatches(r, t, spans);
    }
    case 'required':
      return r.required!.test(t.norm.text) ? [] : [{ start: 0, end: t.raw.length, replacement: rule.replacement, wholeDraft: true }];
    case 'classifier':
      return classifierMatch(r, t);
  }
}
