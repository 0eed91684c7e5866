// The charter's term language, compiled to a regular expression over normalised text.
//
//   rembours*            a word prefix ("rembourse", "remboursement")
//   (ma|mon|mes) colis   alternatives; "(tres )?bien" makes a part optional; "commande(s)?" glues it to a word
//   casse(-| )toi        an option written as a space is the space between two words ("casse toi"); a hyphen glued
//                        between two words may be dropped, as inside "e-mail" ("casse-toi", "cassetoi")
//   salaires?            the last letter is optional, as in a regular expression
//   pas ... recu         up to four words in between
//   @possessive_fr       a named lexicon from the charter or a pack
//   <num>                a number ("15", "2,5");  <time>  a time of day ("10h", "14h30", "9:30", "5pm")
//
// Words are matched whole, case- and accent-insensitively, and SMS spellings are handled by the normaliser
// (a term may be written "svp" or "s'il vous plait"). The output only uses bounded quantifiers around
// separators and never nests unbounded ones, so a term cannot make the engine backtrack without end.
import { normalizeFragment } from '../engine/normalize';
import { NOT_WORD, WORD, WORD_CLASS } from '../engine/word-class';
import { hasOwnKey, ownValue } from '../engine/own-key';

export { expandFragments } from '../engine/fragments';

export class TermSyntaxError extends Error {}

const W = WORD;
const NOT_W = NOT_WORD;
/** Non-word characters that do not end a sentence: a term never spans two sentences. */
const IN_SENTENCE = `[^${WORD_CLASS}.!?;\\n]`;
/** Between two words: a few non-word characters (the words' own boundaries keep them apart). */
const SEP = `${IN_SENTENCE}{0,10}`;
/** Between two items that certainly end and start with word characters: the separator is their boundary. */
const WORD_SEP = `${IN_SENTENCE}{1,10}`;
const GAP = `(?:${IN_SENTENCE}{1,10}${W}+){0,4}`;
const FLEX_PUNCT = `${NOT_W}{0,2}`;
/**
 * A word wildcard (`rembours*`): at most 40 letters, and at most two per word. Unbounded runs glued to other letters
 * ("*a*b*c*") backtrack polynomially over one long word; bounded ones cost a constant per starting position.
 */
export const WILDCARD_MAX_LETTERS = 40;
const WILDCARD = `${W}{0,${WILDCARD_MAX_LETTERS}}`;
const MAX_WILDCARDS_PER_WORD = 2;
const NUMBER = '\\d+(?:[.,]\\d+)?';
const TIME = '(?:\\d{1,2}\\s?h\\s?(?:\\d{2})?|\\d{1,2}[:.]\\d{2}\\s?(?:am|pm)?|\\d{1,2}\\s?(?:am|pm))';

export interface TermContext {
  /** Named lexicons (lists of terms) a term may reference with `@name`. */
  lexicons: Record<string, string[]>;
  /**
   * When given, each lexicon is emitted once here and referenced from terms as ⟦key⟧, which keeps the
   * compiled charter small; `expandFragments` puts them back before the RegExp is built.
   */
  fragments?: Record<string, string>;
}

export interface CompiledTerm {
  source: string;
  /** Literal strings of which at least one occurs in any text the term matches (null: no such guarantee). */
  anchors: string[] | null;
}


/** Which side of a node touches a separated word (needs a boundary) or is glued to its neighbour. */
type Edge = 'sep' | 'glued';

type Node =
  | { kind: 'word'; core: string; startsWord: boolean; endsWord: boolean; anchors: string[] | null; innerPunctuation: boolean }
  | { kind: 'alt'; options: Seq[]; optional: boolean; lexicon?: string }
  | { kind: 'gap' }
  /** A group's option written as a space, as in "casse(-| )toi": the space between two words. */
  | { kind: 'separator' };

interface Seq {
  items: Node[];
  /** glued[i]: item i was written right after item i-1, without a space. */
  glued: boolean[];
  leadingSpace: boolean;
  trailingSpace: boolean;
}

export function compileTerm(term: string, ctx: TermContext): CompiledTerm {
  const seq = new TermParser(term, ctx, []).parseAll();
  return { source: new Emitter(ctx.fragments).seq(seq, 'sep', 'sep'), anchors: seqAnchors(seq) };
}

// ---------------------------------------------------------------- parsing

/** A parsed lexicon, with every lexicon it read (itself included) and the list each name had: what the parse depends on. */
interface ParsedLexicon {
  seqs: Seq[];
  reads: Map<string, string[]>;
}

const PARSED_LEXICONS = new WeakMap<Record<string, string[]>, Map<string, ParsedLexicon>>();
/**
 * Parses kept across compiles, by list: a pack's lexicon nobody extends is the pack's own array in every compile, so it
 * is parsed once per process. Reused only while every lexicon it read is still the very same list.
 */
const PARSES_BY_LIST = new WeakMap<string[], Map<string, ParsedLexicon>>();

class TermParser {
  private pos = 0;
  /** Lexicons this parse read (through other lexicons too), with their lists. */
  readonly reads = new Map<string, string[]>();
  constructor(
    private readonly src: string,
    private readonly ctx: TermContext,
    private readonly lexiconStack: string[],
  ) {}

  parseAll(): Seq {
    const alts = this.parseAlternatives(false);
    if (this.pos < this.src.length) this.fail(`unexpected '${this.src[this.pos]}'`);
    const seq = alts.length === 1 ? alts[0] : singleton({ kind: 'alt', options: alts, optional: false });
    if (seq.items.length === 0) this.fail('the term is empty');
    return seq;
  }

  private fail(what: string): never {
    throw new TermSyntaxError(`${what} at character ${this.pos + 1} of "${this.src}"`);
  }

  private parseAlternatives(inGroup: boolean): Seq[] {
    const alts = [this.parseSequence(inGroup)];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alts.push(this.parseSequence(inGroup));
    }
    return alts;
  }

  private parseSequence(inGroup: boolean): Seq {
    const seq: Seq = { items: [], glued: [], leadingSpace: false, trailingSpace: false };
    for (;;) {
      const before = this.pos;
      this.skipSpaces();
      const spaced = this.pos > before;
      const c = this.src[this.pos];
      if (c === undefined || c === '|' || c === ')') {
        if (spaced && seq.items.length) seq.trailingSpace = true;
        // "(-| )": the blank option is a space, not an empty one that would make the group optional.
        if (spaced && !seq.items.length && inGroup) return singleton({ kind: 'separator' });
        break;
      }
      if (seq.items.length === 0) seq.leadingSpace = spaced;
      seq.glued.push(seq.items.length > 0 && !spaced);
      seq.items.push(this.parseItem());
    }
    return seq;
  }

  private skipSpaces(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) this.pos++;
  }

  private parseItem(): Node {
    const rest = this.src.slice(this.pos);
    if (rest.startsWith('...') || rest.startsWith('…')) {
      this.pos += rest.startsWith('...') ? 3 : 1;
      return { kind: 'gap' };
    }
    if (rest[0] === '(') {
      this.pos++;
      const options = this.parseAlternatives(true);
      if (this.src[this.pos] !== ')') this.fail("missing ')'");
      this.pos++;
      // An empty alternative, as in "(tres|)", makes the group optional.
      const nonEmpty = options.filter((o) => o.items.length > 0);
      const optional = this.optionalMark() || nonEmpty.length < options.length;
      if (nonEmpty.length === 0) this.fail('empty group');
      return { kind: 'alt', options: nonEmpty, optional };
    }
    if (rest[0] === '@') {
      const m = /^@([A-Za-z0-9_]+)/.exec(rest);
      if (!m) this.fail("'@' must be followed by a lexicon name");
      this.pos += m[0].length;
      return { kind: 'alt', options: this.lexicon(m[1]), optional: this.optionalMark(), lexicon: m[1] };
    }
    const m = /^[^\s()|]+/.exec(rest);
    if (!m) this.fail('expected a word');
    if (m[0].startsWith('?')) this.fail("'?' must follow a group or a letter");
    // "scam\?" read as a regular expression would silently mean "scam" (a term never sees '?'): say so instead.
    if (m[0].includes('\\')) this.fail("'\\' has no meaning in a term (terms are not regular expressions: use a pattern rule)");
    if ((m[0].match(/\*/g) ?? []).length > MAX_WILDCARDS_PER_WORD) this.fail(`a word holds at most ${MAX_WILDCARDS_PER_WORD} '*'`);
    this.pos += m[0].length;
    // "e-?mail": punctuation inside a word is already optional.
    const word = m[0].replace(/([-'./_])\?/g, '$1');
    // "(avocat|juriste)s?": a single glued letter made optional.
    if (word.length === 2 && word.endsWith('?')) return { kind: 'alt', options: [singleton(wordNode(word[0]))], optional: true };
    // "salaires?" as in a regex: the last letter is optional.
    if (word.length > 2 && word.endsWith('?')) {
      const full = word.slice(0, -1);
      return { kind: 'alt', options: [singleton(wordNode(full)), singleton(wordNode(full.slice(0, -1)))], optional: false };
    }
    return wordNode(word);
  }

  private optionalMark(): boolean {
    if (this.src[this.pos] === '?') {
      this.pos++;
      return true;
    }
    return false;
  }

  private lexicon(name: string): Seq[] {
    const terms = ownValue(this.ctx.lexicons, name);
    if (!terms) this.fail(`unknown lexicon '@${name}'`);
    if (this.lexiconStack.includes(name)) this.fail(`lexicon '@${name}' refers to itself`);
    // A lexicon parses the same wherever it is used (a cycle fails wherever it starts), so parse it once per charter:
    // a big lexicon referenced by hundreds of terms would otherwise cost seconds of compile time.
    let parsed = PARSED_LEXICONS.get(this.ctx.lexicons);
    if (!parsed) PARSED_LEXICONS.set(this.ctx.lexicons, (parsed = new Map()));
    let hit = parsed.get(name);
    if (!hit) {
      // A parse that succeeded read no cycle: with the same lists it would succeed again, to the same nodes.
      const earlier = PARSES_BY_LIST.get(terms)?.get(name);
      hit = earlier && [...earlier.reads].every(([n, list]) => ownValue(this.ctx.lexicons, n) === list) ? earlier : this.parseLexicon(name, terms);
      parsed.set(name, hit);
    }
    for (const [n, list] of hit.reads) this.reads.set(n, list);
    return hit.seqs;
  }

  private parseLexicon(name: string, terms: string[]): ParsedLexicon {
    const stack = [...this.lexiconStack, name];
    const reads = new Map([[name, terms]]);
    const seqs = terms.map((t) => {
      const parser = new TermParser(t, this.ctx, stack);
      const seq = parser.parseAll();
      for (const [n, list] of parser.reads) reads.set(n, list);
      return seq;
    });
    const result = { seqs, reads };
    let byName = PARSES_BY_LIST.get(terms);
    if (!byName) PARSES_BY_LIST.set(terms, (byName = new Map()));
    byName.set(name, result);
    return result;
  }
}

function singleton(node: Node): Seq {
  return { items: [node], glued: [false], leadingSpace: false, trailingSpace: false };
}

// ---------------------------------------------------------------- words

const IS_W = /[\p{L}\p{N}]/u;

function escapeRegex(s: string): string {
  // ⟦ ⟧ written as escapes: a term's own text must never read as a fragment reference (engine/fragments.ts).
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/⟦/g, '\\u27e6').replace(/⟧/g, '\\u27e7');
}

/** Word nodes by text: a node depends on its text alone and is never changed, and folding each spelling is most of a compile. */
const WORD_NODES = new Map<string, Node>();

function wordNode(word: string): Node {
  let node = WORD_NODES.get(word);
  if (node === undefined) {
    if (WORD_NODES.size >= 50_000) WORD_NODES.clear();
    WORD_NODES.set(word, (node = newWordNode(word)));
  }
  return node;
}

/** A word: folded like the text, SMS variants as alternatives, `*` as a wildcard, `<num>`/`<time>` inside. */
function newWordNode(word: string): Node {
  const pieces = word.split(/(<num>|<time>)/).filter((p) => p !== '');
  const cores = pieces.map((p) => (p === '<num>' ? NUMBER : p === '<time>' ? TIME : literalCore(p)));
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const startsWord = first === '<num>' || first === '<time>' || IS_W.test([...first][0]) || first[0] === '*';
  const endsWord = last === '<num>' || last === '<time>' || IS_W.test([...last].pop()!) || last.endsWith('*');
  const innerPunctuation = /^[-'./_]+$/.test(word);
  return { kind: 'word', core: cores.join('\\s?'), startsWord, endsWord, anchors: wordAnchors(pieces), innerPunctuation };
}

/** The longest plain-letter run of each spelling variant: one of them appears in any text the word matches. */
function wordAnchors(pieces: string[]): string[] | null {
  const literal = pieces.filter((p) => p !== '<num>' && p !== '<time>');
  if (literal.length === 0) return null;
  const piece = literal.reduce((a, b) => (b.length > a.length ? b : a));
  const variants = piece.includes('*') ? [foldLiteral(piece)] : [foldLiteral(piece), normalizeFragment(piece, 'fr'), normalizeFragment(piece, 'en')];
  const anchors = new Set<string>();
  for (const v of variants) {
    const runs = v.split(/[^a-z0-9]+/).filter((r) => r.length > 0);
    // A word of symbols only (an emoji) is its own anchor.
    const anchor = runs.length ? runs.reduce((a, b) => (b.length > a.length ? b : a)) : v.replace(/\*/g, '');
    if (!anchor) return null;
    anchors.add(anchor);
  }
  return [...anchors];
}

/** Anchors of a sequence: those of its most selective required item. */
function seqAnchors(seq: Seq): string[] | null {
  let best: string[] | null = null;
  let bestScore = -1;
  for (let i = 0; i < seq.items.length; i++) {
    const a = nodeAnchors(seq.items[i]);
    if (!a) continue;
    const score = Math.min(...a.map((x) => x.length)) * 100 - a.length;
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return best;
}

/** Lexicons share their parsed nodes: each node's anchors are worked out once, however deep lexicons nest. */
const NODE_ANCHORS = new WeakMap<Node, string[] | null>();

function nodeAnchors(node: Node): string[] | null {
  if (node.kind === 'gap' || node.kind === 'separator') return null;
  if (NODE_ANCHORS.has(node)) return NODE_ANCHORS.get(node)!;
  const anchors = computeNodeAnchors(node);
  NODE_ANCHORS.set(node, anchors);
  return anchors;
}

function computeNodeAnchors(node: Node): string[] | null {
  if (node.kind === 'gap' || node.kind === 'separator') return null;
  if (node.kind === 'word') return node.anchors;
  if (node.optional) return null;
  const all = new Set<string>();
  for (const o of node.options) {
    const a = seqAnchors(o);
    if (!a) return null;
    a.forEach((x) => all.add(x));
  }
  return [...all];
}

function literalCore(piece: string): string {
  const variants = piece.includes('*') ? [foldLiteral(piece)] : [...new Set([foldLiteral(piece), normalizeFragment(piece, 'fr'), normalizeFragment(piece, 'en')])];
  const cores = [...new Set(variants.map(variantCore))];
  return cores.length === 1 ? cores[0] : `(?:${cores.join('|')})`;
}

function foldLiteral(word: string): string {
  return word
    .split('*')
    .map((piece) => (piece ? normalizeFragment(piece, 'en') : piece))
    .join('*');
}

function variantCore(word: string): string {
  let out = '';
  const chars = [...word];
  chars.forEach((ch, i) => {
    if (ch === '*') out += WILDCARD;
    else if (IS_W.test(ch)) out += escapeRegex(ch);
    // Inner punctuation may be dropped ("e-mail", "email"); a trailing one must be there ("j'" is not "jean").
    else if (/[\s'\-./_]/.test(ch)) out += i === 0 ? escapeRegex(ch) : i === chars.length - 1 ? `${NOT_W}{1,2}` : FLEX_PUNCT;
    else out += (i === 0 ? '' : '\\s?') + escapeRegex(ch);
  });
  return out;
}

// ---------------------------------------------------------------- emission

function seqStartsWord(seq: Seq): boolean {
  return !seq.leadingSpace && seq.items.length > 0 && nodeStartsWord(seq.items[0]);
}

function seqEndsWord(seq: Seq): boolean {
  return !seq.trailingSpace && seq.items.length > 0 && nodeEndsWord(seq.items[seq.items.length - 1]);
}

function nodeStartsWord(node: Node): boolean {
  return node.kind === 'word' ? node.startsWord : node.kind === 'alt' ? !node.optional && node.options.every(seqStartsWord) : false;
}

function nodeEndsWord(node: Node): boolean {
  return node.kind === 'word' ? node.endsWord : node.kind === 'alt' ? !node.optional && node.options.every(seqEndsWord) : false;
}

class Emitter {
  constructor(private readonly fragments: Record<string, string> | undefined) {}

  node(node: Node, left: Edge, right: Edge): string {
    switch (node.kind) {
      case 'word': {
        // A hyphen glued between two words ("casse(-| )toi") is inner punctuation, which may be dropped as in "e-mail".
        if (node.innerPunctuation && left === 'glued' && right === 'glued') return `(?:${node.core})?`;
        const before = left === 'sep' && node.startsWord ? `(?<!${W})` : '';
        const after = right === 'sep' && node.endsWord ? `(?!${W})` : '';
        return before + node.core + after;
      }
      case 'alt': {
        // One boundary around the group instead of one per option keeps lexicon-heavy terms compact.
        const hoistLeft = left === 'sep' && node.options.every(seqStartsWord);
        const hoistRight = right === 'sep' && node.options.every(seqEndsWord);
        const innerLeft = hoistLeft ? 'glued' : left;
        const innerRight = hoistRight ? 'glued' : right;
        const group = this.group(node, innerLeft, innerRight);
        return (hoistLeft ? `(?<!${W})` : '') + (node.optional ? `${group}?` : group) + (hoistRight ? `(?!${W})` : '');
      }
      case 'gap':
        return GAP;
      case 'separator':
        return WORD_SEP;
    }
  }

  /** The options as one group; a lexicon's group is stored once as a fragment when fragments are collected. */
  private group(node: Extract<Node, { kind: 'alt' }>, left: Edge, right: Edge): string {
    const key = node.lexicon ? `${node.lexicon}.${left[0]}${right[0]}` : undefined;
    if (key && this.fragments && hasOwnKey(this.fragments, key)) return `⟦${key}⟧`;
    const inner = [...new Set(node.options.map((o) => this.seq(o, left, right)))];
    const group = inner.length === 1 && !node.optional && !key ? inner[0] : `(?:${inner.join('|')})`;
    if (key && this.fragments) {
      this.fragments[key] = group;
      return `⟦${key}⟧`;
    }
    return group;
  }

  seq(seq: Seq, left: Edge, right: Edge): string {
    const n = seq.items.length;
    const items = seq.items;
    // junction[i]: how item i joins item i-1 ('glued', a gap, a word separator that is itself the boundary, or a plain one).
    const junction = items.map((item, i) => {
      if (i === 0) return 'start';
      if (seq.glued[i]) return 'glued';
      if (item.kind === 'gap' || items[i - 1].kind === 'gap') return 'gap';
      return nodeEndsWord(items[i - 1]) && nodeStartsWord(item) ? 'word' : 'plain';
    });
    const edge = (j: string): Edge => (j === 'glued' || j === 'word' ? 'glued' : 'sep');
    let out = seq.leadingSpace ? SEP : '';
    const outerLeft: Edge = seq.leadingSpace ? 'sep' : left;
    const outerRight: Edge = seq.trailingSpace ? 'sep' : right;
    let sepTaken = false;
    for (let i = 0; i < n; i++) {
      const item = items[i];
      const itemLeft: Edge = i === 0 ? outerLeft : edge(junction[i]);
      const itemRight: Edge = i === n - 1 ? outerRight : edge(junction[i + 1]);
      if (sepTaken) sepTaken = false;
      else if (junction[i] === 'word') out += WORD_SEP;
      else if (junction[i] === 'plain' || (junction[i] === 'gap' && item.kind !== 'gap')) out += SEP;
      // An optional part glued to a word must not lose that word's boundary when it is absent ("commande(s)?").
      const optional = item.kind === 'alt' && item.optional;
      // An optional part followed by a separated word takes that separator with it: "(on|by)? friday" matches "friday".
      const next = junction[i + 1];
      if (optional && itemLeft === 'sep' && (next === 'plain' || next === 'word')) {
        out += `(?:(?<!${W})${this.node({ ...item, optional: false }, itemLeft, itemRight)}(?!${W})${next === 'word' ? WORD_SEP : SEP})?`;
        sepTaken = true;
        continue;
      }
      if (optional && itemLeft === 'sep') out += `(?<!${W})`;
      out += this.node(item, itemLeft, itemRight);
      if (optional && itemRight === 'sep') out += `(?!${W})`;
    }
    if (seq.trailingSpace) out += SEP;
    return out;
  }
}
