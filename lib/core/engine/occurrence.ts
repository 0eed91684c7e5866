// Counting rules (charter §4 and platform limits): exclamation marks, emoji, hashtags, mentions, links,
// shouted words and length. Each counter returns the spans of the raw text that go beyond the limit.
import type { OccurrenceCounter } from '../charter/compiled';
import { fromLexis } from './lexis';

export interface Span {
  start: number;
  end: number;
}

const EMOJI =
  /\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|(?![\u00A9\u00AE\u2122\u203C\u2049](?!\uFE0F))\p{Extended_Pictographic}\uFE0F?\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}\uFE0F?\p{Emoji_Modifier}?)*/gu;
const EXCLAMATION_RUN = /[!\uFF01\u203C\u2049]+/g;
const HASHTAG = /(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;
const MENTION = /(?<![\p{L}\p{N}_@])@[\p{L}\p{N}_.]{2,}/gu;
const LINK = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+|\b[a-z0-9-]+\.(?:fr|com|net|org|io|co|eu|be|ch|ly)\/[^\s<>"]*/giu;
const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu;
/** Acronyms written in capitals that nobody reads as shouting (the list comes with the compiled charter: lexis.ts). */
const acronyms = () => fromLexis('acronyms', (l) => new Set(l.acronyms.split(' ')));
/** X counts a link as 23 characters whatever its length. */
const X_LINK_WEIGHT = 23;

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else yield m;
  }
}

/** Spans of every counted item, in order. */
function itemsOf(counter: Exclude<OccurrenceCounter, 'characters' | 'exclamation'>, text: string): Span[] {
  const re = counter === 'emoji' ? EMOJI : counter === 'hashtag' ? HASHTAG : counter === 'mention' ? MENTION : counter === 'link' ? LINK : CAPS_WORD;
  const out: Span[] = [];
  for (const m of matches(re, text)) {
    if (counter === 'caps_words' && acronyms().has(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Spans of the @handles and links of a text: how a reply is addressed and what it points to, not what it says. A word
 * rule's match that lies wholly inside one ("@PuterPrsn", a URL slug) is not the writer's word.
 */
export function addressingSpans(text: string): Span[] {
  return [...itemsOf('mention', text), ...itemsOf('link', text)];
}

/** True when [start, end) lies wholly inside one of `spans`. */
export function insideAny(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}

/** Exclamation marks: every run from the one that holds the (max+1)-th mark is flagged whole ("!!!"). */
function exclamationExcess(text: string, max: number): { count: number; spans: Span[] } {
  let count = 0;
  const spans: Span[] = [];
  for (const m of matches(EXCLAMATION_RUN, text)) {
    count += [...m[0]].length;
    if (count > max) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return { count, spans };
}

/** Length as X counts it: code points, with every link weighing 23. Flags what runs past the limit. */
function lengthExcess(text: string, max: number): { count: number; spans: Span[] } {
  const links = itemsOf('link', text);
  let weight = 0;
  let overflowAt = -1;
  let i = 0;
  let li = 0;
  while (i < text.length) {
    if (li < links.length && links[li].start === i) {
      weight += X_LINK_WEIGHT;
      if (weight > max && overflowAt < 0) overflowAt = i;
      i = links[li].end;
      li++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    weight += 1;
    if (weight > max && overflowAt < 0) overflowAt = i;
    i += cp > 0xffff ? 2 : 1;
  }
  return { count: weight, spans: overflowAt >= 0 ? [{ start: overflowAt, end: text.length }] : [] };
}

export interface OccurrenceResult {
  count: number;
  /** What goes beyond the limit; empty when the text is within it. */
  spans: Span[];
}

/** A run of this many exclamation marks ("!!!") is hype, whatever the limit. */
export const EXCLAMATION_RUN_HYPE = 3;
/** This many emoji in a row (spaces between allowed) is an emoji wall; so is the same emoji three times over (😭😭😭). */
export const EMOJI_WALL = 4;
const SAME_EMOJI_WALL = 3;

/** The longest run of exclamation marks, or of emoji standing next to each other. */
export function longestRun(counter: 'exclamation' | 'emoji', text: string): number {
  let best = 0;
  if (counter === 'exclamation') {
    for (const m of matches(EXCLAMATION_RUN, text)) best = Math.max(best, [...m[0]].length);
    return best;
  }
  let run = 0;
  let same = 0;
  let lastEnd = -1;
  let last = '';
  for (const m of matches(EMOJI, text)) {
    const next = lastEnd >= 0 && text.slice(lastEnd, m.index).trim() === '';
    run = next ? run + 1 : 1;
    same = next && m[0] === last ? same + 1 : 1;
    lastEnd = m.index + m[0].length;
    last = m[0];
    // A stutter of one emoji counts as a wall.
    best = Math.max(best, run, same >= SAME_EMOJI_WALL ? EMOJI_WALL : 0);
  }
  return best;
}

/**
 * A limit on `!` or emoji crossed by one, with no run: a matter of style (charter §4's count), not over-marketing. Runs
 * ("!!!", an emoji wall) and counts well over the limit are hype.
 */
export function isJustOverLimit(counter: OccurrenceCounter, text: string, max: number, count: number): boolean {
  if (counter !== 'exclamation' && counter !== 'emoji') return false;
  if (count !== max + 1) return false;
  return longestRun(counter, text) < (counter === 'exclamation' ? EXCLAMATION_RUN_HYPE : EMOJI_WALL);
}

export function countOccurrences(counter: OccurrenceCounter, text: string, max: number): OccurrenceResult {
  if (counter === 'exclamation') return exclamationExcess(text, max);
  if (counter === 'characters') return lengthExcess(text, max);
  const items = itemsOf(counter, text);
  return { count: items.length, spans: items.length > max ? items.slice(max) : [] };
}
