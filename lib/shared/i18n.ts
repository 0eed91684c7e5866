// User-facing strings from the extension's catalogues (public/_locales), with keys checked against them by WXT's generated types.
import { browser } from 'wxt/browser';
import type { Lang } from '../core/engine/vocabulary';

/** Every key of public/_locales/en/messages.json (the last getMessage overload WXT generates lists them all). */
export type MessageKey = Exclude<Parameters<typeof browser.i18n.getMessage>[0], `@@${string}`>;

/** The catalogue string, or the key itself when the catalogue lacks it (visible in review, never blank). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

let countFormat: { lang: string; format: Intl.NumberFormat } | null = null;

/** A count written the reader's way (10,000 / 10 000). One formatter per language: building one costs ~20 ms (measured on a paste). */
export function formatCount(count: number): string {
  const lang = browser.i18n.getUILanguage();
  if (countFormat?.lang !== lang) countFormat = { lang, format: new Intl.NumberFormat(lang) };
  return countFormat.format.format(count);
}

/** The browser UI's language among the ones the engine writes messages in. */
export function uiLang(): Lang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
