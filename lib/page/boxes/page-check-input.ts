// What the page asks the engine for one reply box: the same CheckInput the CLI builds from a JSON Lines record, plus the
// UI's language for the messages and the page's short check window.
import type { CheckInput } from '../../core/engine/types';
import type { AnyPlatform, Lang, Mode } from '../../core/engine/vocabulary';
import type { IncomingMessage } from '../platforms/types';
import { CHECKED_DRAFT_CHARS } from './draft-limits';
import { phrasingValuesFrom } from './phrasing-values';

export interface PageCheckContext {
  draft: string;
  incoming: IncomingMessage | null;
  platform: AnyPlatform;
  isPublic: boolean;
  mode: Mode;
  uiLang: Lang;
}

export function pageCheckInput({ draft, incoming, platform, isPublic, mode, uiLang }: PageCheckContext): CheckInput {
  return {
    incoming: incoming?.text ?? '',
    draft,
    platform,
    isPublic,
    mode,
    messageLang: uiLang,
    maxChars: CHECKED_DRAFT_CHARS,
    variables: phrasingValuesFrom(incoming),
  };
}
