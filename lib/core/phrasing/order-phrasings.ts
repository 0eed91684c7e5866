// Which approved phrasings the popup offers first: the paths the incoming message calls for, then general replies, in the reply's language.
import type { CompiledPhrasing } from '../charter/compiled';
import type { Lang } from '../engine/vocabulary';

export type PhrasingRelevance = 'path' | 'general' | 'other-path';

export interface PhrasingOrder {
  /** Path ids the incoming message calls for, most relevant first. */
  pathIds: readonly string[];
  /** The reply's language. */
  lang: Lang;
}

function relevanceRank(phrasing: CompiledPhrasing, pathIds: readonly string[]): number {
  if (phrasing.path === undefined) return pathIds.length;
  const index = pathIds.indexOf(phrasing.path);
  return index === -1 ? pathIds.length + 1 : index;
}

export function relevanceOf(phrasing: CompiledPhrasing, pathIds: readonly string[]): PhrasingRelevance {
  if (phrasing.path === undefined) return 'general';
  return pathIds.includes(phrasing.path) ? 'path' : 'other-path';
}

/** Matching paths first (in the order given), then general phrasings, then other paths; within each, the reply's language first; charter order otherwise. */
export function orderPhrasings<T extends CompiledPhrasing>(phrasings: readonly T[], order: PhrasingOrder): T[] {
  return phrasings
    .map((phrasing, index) => ({ phrasing, index }))
    .sort(
      (a, b) =>
        relevanceRank(a.phrasing, order.pathIds) - relevanceRank(b.phrasing, order.pathIds) ||
        Number(a.phrasing.lang !== order.lang) - Number(b.phrasing.lang !== order.lang) ||
        a.index - b.index,
    )
    .map(({ phrasing }) => phrasing);
}

export interface PhrasingGroup<T extends CompiledPhrasing = CompiledPhrasing> {
  /** The path these phrasings belong to, or null for general replies. */
  pathId: string | null;
  relevance: PhrasingRelevance;
  phrasings: T[];
}

export interface PhrasingListOptions extends PhrasingOrder {
  /** The language shown (the reply's by default; the CM may switch). */
  shownLang: Lang;
  /** Offer the phrasings of paths the incoming message did not call for too. */
  includeOtherPaths: boolean;
}

/** The popup's list: one group per path (matching ones first), general replies, only phrasings in the shown language, empty groups left out. */
export function groupPhrasingsForReply<T extends CompiledPhrasing>(phrasings: readonly T[], options: PhrasingListOptions): PhrasingGroup<T>[] {
  const groups: PhrasingGroup<T>[] = [];
  for (const phrasing of orderPhrasings(phrasings, options)) {
    if (phrasing.lang !== options.shownLang) continue;
    const relevance = relevanceOf(phrasing, options.pathIds);
    if (relevance === 'other-path' && !options.includeOtherPaths) continue;
    const pathId = phrasing.path ?? null;
    const group = groups.find((candidate) => candidate.pathId === pathId);
    if (group) group.phrasings.push(phrasing);
    else groups.push({ pathId, relevance, phrasings: [phrasing] });
  }
  return groups;
}

/** The language the list opens in: the reply's when the matching paths (or, without paths, the general replies) have phrasings in it. */
export function defaultPhrasingLang(phrasings: readonly CompiledPhrasing[], order: PhrasingOrder, languages: readonly Lang[]): Lang {
  const relevant = phrasings.filter((phrasing) =>
    order.pathIds.length ? phrasing.path !== undefined && order.pathIds.includes(phrasing.path) : phrasing.path === undefined,
  );
  if (relevant.length === 0 || relevant.some((phrasing) => phrasing.lang === order.lang)) return order.lang;
  return languages.find((lang) => relevant.some((phrasing) => phrasing.lang === lang)) ?? order.lang;
}
