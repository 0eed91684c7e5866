// The phrasing catalogue for reading: one section per path in charter order, general replies last, each split by language.
import type { CompiledPath, CompiledPhrasing } from '../../core/charter/compiled';
import type { Lang } from '../../core/engine/vocabulary';

export interface PhrasingCatalogueSection {
  /** Null for general replies (no escalation). */
  pathId: string | null;
  byLang: { lang: Lang; phrasings: CompiledPhrasing[] }[];
}

/** Sections without phrasings are left out; languages follow `languages` (the UI's first); charter order within a language. */
export function phrasingsByPath(
  phrasings: readonly CompiledPhrasing[],
  paths: readonly Pick<CompiledPath, 'id'>[],
  languages: readonly Lang[],
): PhrasingCatalogueSection[] {
  const pathIds: (string | null)[] = [...paths.map((path) => path.id), null];
  // A phrasing whose path the charter no longer has still shows, under its own id.
  for (const phrasing of phrasings) if (phrasing.path !== undefined && !pathIds.includes(phrasing.path)) pathIds.splice(-1, 0, phrasing.path);
  return pathIds
    .map((pathId) => ({
      pathId,
      byLang: languages
        .map((lang) => ({ lang, phrasings: phrasings.filter((phrasing) => (phrasing.path ?? null) === pathId && phrasing.lang === lang) }))
        .filter((entry) => entry.phrasings.length > 0),
    }))
    .filter((section) => section.byLang.length > 0);
}
