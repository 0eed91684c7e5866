// The popup's phrasing list: which phrasings show, which one is active, the shown language, and the CM's variable values.
import { useMemo, useState } from 'preact/hooks';
import type { CompiledPhrasing } from '../../core/charter/compiled';
import type { Lang } from '../../core/engine/vocabulary';
import { defaultPhrasingLang, groupPhrasingsForReply, type PhrasingGroup } from '../../core/phrasing/order-phrasings';
import { fillPhrasing, initialVariableValues, type FilledPhrasing } from '../../core/phrasing/phrasing-variables';

export interface PhrasingPickerInput {
  phrasings: readonly CompiledPhrasing[];
  /** The charter's languages, for the language switch (those without any phrasing are left out). */
  languages: readonly Lang[];
  /** Paths the incoming message calls for. */
  pathIds: readonly string[];
  /** The reply's language (the UI's when there is no reply box). */
  replyLang: Lang;
  /** Values the page gives for variables ({prénom}, {first_name}…). */
  pageValues: Readonly<Record<string, string>>;
  /** Without paths to follow (no box, or a message that calls for none), every path's phrasings are offered by default. */
  offerAllPathsByDefault: boolean;
}

export interface PhrasingPicker {
  groups: PhrasingGroup[];
  /** Every shown phrasing in list order: what the arrow keys walk. */
  options: CompiledPhrasing[];
  active: CompiledPhrasing | null;
  activeIndex: number;
  setActiveIndex(index: number): void;
  shownLang: Lang;
  languages: readonly Lang[];
  setShownLang(lang: Lang): void;
  includeOtherPaths: boolean;
  setIncludeOtherPaths(include: boolean): void;
  /** The values of a phrasing's variables: the CM's edits over what the page gives. */
  valuesFor(phrasing: CompiledPhrasing): Record<string, string>;
  setVariable(phrasing: CompiledPhrasing, name: string, value: string): void;
  fill(phrasing: CompiledPhrasing): FilledPhrasing;
}

export function usePhrasingPicker(input: PhrasingPickerInput): PhrasingPicker {
  const { phrasings, languages, pathIds, replyLang, pageValues, offerAllPathsByDefault } = input;
  const [chosenLang, setShownLang] = useState<Lang | null>(null);
  const [chosenOtherPaths, setIncludeOtherPaths] = useState<boolean | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, Record<string, string>>>({});

  const pathKey = pathIds.join('|');
  const shownLang = useMemo(
    () => chosenLang ?? defaultPhrasingLang(phrasings, { pathIds, lang: replyLang }, languages),
    // pathKey stands for pathIds, whose array identity changes on every poll.
    [chosenLang, phrasings, pathKey, replyLang, languages],
  );
  const includeOtherPaths = chosenOtherPaths ?? offerAllPathsByDefault;
  const groups = useMemo(
    () => groupPhrasingsForReply(phrasings, { pathIds, lang: replyLang, shownLang, includeOtherPaths }),
    [phrasings, pathKey, replyLang, shownLang, includeOtherPaths],
  );
  const options = useMemo(() => groups.flatMap((group) => group.phrasings), [groups]);
  const languagesWithPhrasings = useMemo(() => languages.filter((lang) => phrasings.some((phrasing) => phrasing.lang === lang)), [languages, phrasings]);
  const foundIndex = options.findIndex((phrasing) => phrasing.id === activeId);
  const activeIndex = foundIndex === -1 ? (options.length ? 0 : -1) : foundIndex;
  const active = activeIndex === -1 ? null : options[activeIndex];

  const valuesFor = (phrasing: CompiledPhrasing) => ({ ...initialVariableValues(phrasing.text, pageValues), ...edits[phrasing.id] });

  return {
    groups,
    options,
    active,
    activeIndex,
    setActiveIndex: (index) => setActiveId(options[index]?.id ?? null),
    shownLang,
    languages: languagesWithPhrasings,
    setShownLang,
    includeOtherPaths,
    setIncludeOtherPaths,
    valuesFor,
    setVariable: (phrasing, name, value) =>
      setEdits((previous) => ({ ...previous, [phrasing.id]: { ...previous[phrasing.id], [name]: value } })),
    fill: (phrasing) => fillPhrasing(phrasing.text, valuesFor(phrasing)),
  };
}
