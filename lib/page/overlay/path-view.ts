// The escalation paths an incoming message calls for, resolved against the charter into the words the card shows.
import type { CompiledCharter } from '../../core/charter/compiled';
import type { PathMatch } from '../../core/engine/types';
import type { IncomingCategory, Lang, LocalizedText } from '../../core/engine/vocabulary';

export interface PathView {
  id: string;
  category: IncomingCategory;
  label: string;
  team?: string;
  channel?: string;
  sla?: string;
  secondPairOfEyes: boolean;
  clause?: string;
}

function pick(text: LocalizedText | undefined, lang: Lang): string | undefined {
  return text?.[lang] ?? text?.[lang === 'fr' ? 'en' : 'fr'];
}

export function describePaths(paths: readonly PathMatch[], charter: CompiledCharter, lang: Lang): PathView[] {
  return paths.map((match) => {
    const path = charter.paths.find((candidate) => candidate.id === match.id);
    const view: PathView = { id: match.id, category: match.category, label: pick(path?.label, lang) ?? match.id, secondPairOfEyes: path?.secondPairOfEyes ?? false };
    const team = pick(path?.team, lang);
    const channel = pick(path?.internalChannel, lang);
    const sla = pick(path?.sla, lang);
    if (team) view.team = team;
    if (channel) view.channel = channel;
    if (sla) view.sla = sla;
    if (path?.clause) view.clause = path.clause;
    return view;
  });
}
