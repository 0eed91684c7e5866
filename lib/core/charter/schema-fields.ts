// The pieces of the charter schema that rules are made of: ids, texts, terms, examples and the fields every rule has.
// The charter schema (./schema.ts) and each rule kind's own fields (lib/core/rule-kinds/) are built from them.
import { z } from 'zod';
import { CATEGORIES, INCOMING_CATEGORIES, LANGS, MODES, PLATFORMS, SEVERITIES } from '../engine/vocabulary';

// zod's fast path builds parsers with `new Function` and probes for it first; the extension's CSP forbids both (and reports
// the probe as a violation), so every parse takes the interpreted path. Set here, before the first schema is built: zod
// decides when it builds an object schema.
z.config({ jitless: true });

export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/, 'expected an id made of letters, digits, "_", "-", "." or ":" (at most 80 characters)');
export const text = (max: number) => z.string().trim().min(1, 'expected a non-empty text').max(max, `expected at most ${max} characters`);

/** A text per language ({"fr": "…", "en": "…"}), or one string in the charter's default language. */
export const localized = z.union([
  text(2000),
  z
    .strictObject({ fr: text(2000).optional(), en: text(2000).optional() })
    .refine((v) => v.fr !== undefined || v.en !== undefined, 'expected at least one of "fr" or "en"'),
]);
export type LocalizedSource = z.infer<typeof localized>;

const term = text(300);
export const terms = z.array(term).min(1, 'expected at least one term').max(2000, 'expected at most 2000 terms');

const example = z.union([
  text(5000),
  z.strictObject({
    text: text(5000).optional(),
    incoming: z.string().max(5000).optional(),
    draft: z.string().max(5000).optional(),
    platform: z.enum(PLATFORMS).optional(),
    public: z.boolean().optional(),
    mode: z.enum(MODES).optional(),
  }),
]);
export type ExampleSource = z.infer<typeof example>;

/** The fields every rule has, whatever its kind (lib/core/rule-kinds/ adds each kind's own). */
export const ruleCommon = {
  id,
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  message: localized,
  clause: text(120).optional(),
  /** Which message the rule reads; defaults from the category (incoming categories read the incoming message). */
  scope: z.enum(['incoming', 'draft']).optional(),
  /** For an incoming rule: the path it opens, when not the path of its category. */
  path: id.optional(),
  publicOnly: z.boolean().optional(),
  platforms: z.array(z.enum(PLATFORMS)).min(1).optional(),
  modes: z.array(z.enum(MODES)).min(1).optional(),
  langs: z.array(z.enum(LANGS)).min(1).optional(),
  severityIn: z.strictObject({ normal: z.enum(SEVERITIES).optional(), junior: z.enum(SEVERITIES).optional(), crisis: z.enum(SEVERITIES).optional() }).optional(),
  when: z
    .strictObject({
      incomingCategories: z.array(z.enum(INCOMING_CATEGORIES)).min(1).optional(),
      incomingPaths: z.array(id).min(1).optional(),
    })
    .optional(),
  unless: z
    .strictObject({
      negated: z.boolean().optional(),
      study: z.boolean().optional(),
      joke: z.boolean().optional(),
      dm: z.boolean().optional(),
      quoted: z.boolean().optional(),
      near: terms.optional(),
    })
    .optional(),
  /** The match counts only when one of these terms is in the same sentence (or the whole message, see contextScope). */
  requires: terms.optional(),
  contextScope: z.enum(['sentence', 'message']).optional(),
  replacement: localized.optional(),
  examples: z
    .strictObject({
      should_flag: z.array(example).max(200).optional(),
      should_pass: z.array(example).max(200).optional(),
    })
    .optional(),
  /** Free text for the manager's own notes; ignored by the engine. */
  note: z.string().max(2000).optional(),
  /** A CM may quiet this rule for themselves (never error-level perimeter, personal-data or crisis rules, never in junior mode). */
  quietable: z.boolean().optional(),
};
