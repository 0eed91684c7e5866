// Charter text in the UI language, or in the other one when the charter lacks it (marked with its lang for screen readers).
import type { Lang, LocalizedText } from '../../core/engine/vocabulary';
import { pickLocalized } from '../../core/localized-text';

interface LocalizedProps {
  text: LocalizedText | undefined;
  lang: Lang;
  /** Shown when the charter has the text in neither language. */
  fallback?: string;
}

export function Localized({ text, lang, fallback = '—' }: LocalizedProps) {
  const picked = pickLocalized(text, lang);
  if (!picked) return <>{fallback}</>;
  return picked.lang === lang ? <>{picked.text}</> : <span lang={picked.lang}>{picked.text}</span>;
}
