// User-facing strings from the extension's catalogues (public/_locales), with keys checked against them by WXT's generated types.
import { browser } from 'wxt/browser';
import type { Lang } from '../core/engine/vocabulary';

/** Every key of public/_locales/en/messages.json (the last getMessage overload WXT generates lists them all). */
export type MessageKey = Exclude<Parameters<typeof browser.i18n.getMessage>[0], `@@${string}`>;

/** The catalogue string, or the key itself when the catalogue lacks it (visible in review, never blank). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

type OtherBase<K> = K extends `${infer Base}_other` ? Base : never;
/** A base key whose catalogue has `${base}_one` and `${base}_other` (CLDR plural categories; any other falls back to _other). */
export type PluralKey = { [Base in OtherBase<MessageKey>]: `${Base}_one` extends MessageKey ? Base : never }[OtherBase<MessageKey>];

let pluralRules: { lang: string; rules: Intl.PluralRules } | null = null;

/** The CLDR plural category of `count` in the UI language ("one" for 0 and 1 in French, for 1 only in English). */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  const lang = browser.i18n.getUILanguage();
  if (pluralRules?.lang !== lang) pluralRules = { lang, rules: new Intl.PluralRules(lang) };
  return pluralRules.rules.select(count);
}

/**
 * A counted phrase with a real plural ("1 error", "2 errors"; "0 erreur", "2 erreurs"): picks `${base}_${category}` by
 * Intl.PluralRules, else `${base}_other`. The count, written the reader's way, is the first substitution.
 */
export function tn(base: PluralKey, count: number, substitutions: readonly string[] = []): string {
  const args = [formatCount(count), ...substitutions];
  const category = pluralCategory(count);
  const exact = category === 'one' || category === 'other' ? browser.i18n.getMessage(`${base}_${category}` as MessageKey, args) : '';
  return exact || t(`${base}_other` as MessageKey, args);
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
