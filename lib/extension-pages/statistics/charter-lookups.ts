// The charter's rules, paths and phrasings by id, for the statistics view to put words on the ids it counted.
import { useMemo } from 'preact/hooks';
import type { CompiledCharter, CompiledPath, CompiledPhrasing, CompiledRule } from '../../core/charter/compiled';

export interface CharterLookups {
  rules: ReadonlyMap<string, CompiledRule>;
  paths: ReadonlyMap<string, CompiledPath>;
  phrasings: ReadonlyMap<string, CompiledPhrasing>;
}

export function charterLookups(charter: CompiledCharter | null): CharterLookups {
  return {
    rules: new Map(charter?.rules.map((rule) => [rule.id, rule]) ?? []),
    paths: new Map(charter?.paths.map((path) => [path.id, path]) ?? []),
    phrasings: new Map(charter?.phrasings.map((phrasing) => [phrasing.id, phrasing]) ?? []),
  };
}

export function useCharterLookups(charter: CompiledCharter | null): CharterLookups {
  return useMemo(() => charterLookups(charter), [charter]);
}
