// What the rule kinds' matchers share (lib/core/rule-kinds/): a match's shape, the sentence-level exceptions, and the
// regex search that existence, substitution and pattern rules all run. Returns raw offsets.
import { hasAnyAnchor } from './anchor-index';
import { normalizedIndexOf, sentenceOf, toRaw, type AnalyzedText } from './analyzed-text';
import { hasStudyFraming, isJoke, isNegated, movesToPrivate } from './context-cues';
import { insideQuotation } from './quotation';
import type { LiveRule } from './runtime';
import type { PossibleReason } from './types';
import type { LocalizedText } from './vocabulary';

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

/** Does the context of the normalised span [start, end) keep the match? */
export function contextAllows(r: LiveRule, t: AnalyzedText, start: number, end: number): boolean {
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

/** Every match of the rule's regexes (each swap's matcher), kept where its context allows it. */
export function regexMatches(r: LiveRule, t: AnalyzedText): RuleMatch[] {
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
          const quoted = r.rule.unless?.quoted && insideQuotation(t.raw, start, end);
          out.push({ start, end, replacement: m.replacement, ...(quoted ? { possible: 'quoted' as const } : {}) });
        }
      }
    }
  }
  return out;
}

/** Spans found by code (detectors), kept where their context allows them. */
export function spanMatches(r: LiveRule, t: AnalyzedText, spans: { start: number; end: number; weak?: boolean }[]): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const s of spans) {
    if (out.length >= MAX_MATCHES_PER_RULE) break;
    const ns = normalizedIndexOf(t, s.start);
    if (contextAllows(r, t, ns, Math.max(ns + 1, normalizedIndexOf(t, s.end))))
      out.push({ start: s.start, end: s.end, replacement: r.rule.replacement, ...(s.weak ? { possible: 'name_only' as const } : {}) });
  }
  return out;
}
