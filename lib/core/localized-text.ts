// Picks the charter text for the UI language, falling back to the other language the charter has.
import type { Lang, LocalizedText } from './engine/vocabulary';
import { LANGS } from './engine/vocabulary';

export interface PickedText {
  text: string;
  /** The language the text is in: differs from the one asked for when the charter only has the other. */
  lang: Lang;
}

export function pickLocalized(text: LocalizedText | undefined, lang: Lang): PickedText | null {
  if (!text) return null;
  const wanted = text[lang]?.trim();
  if (wanted) return { text: wanted, lang };
  for (const other of LANGS) {
    const value = text[other]?.trim();
    if (value) return { text: value, lang: other };
  }
  return null;
}

export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

