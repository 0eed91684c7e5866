// The charter JSON a manager writes and distributes, as a zod schema (schemaVersion 1).
// Used by the compiler, the CLI's lint and the options page; never shipped in the content script.
import { z } from 'zod';
import { CATEGORIES, INCOMING_CATEGORIES, LANGS, MODES, PLATFORMS, SEVERITIES } from '../engine/vocabulary';

// zod's fast path builds parsers with `new Function` and probes for it first; the extension's CSP forbids both (and reports
// the probe as a violation), so every parse takes the interpreted path.
z.config({ jitless: true });

export const CHARTER_SCHEMA_VERSION = 1;

const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/, 'expected an id made of letters, digits, "_", "-", "." or ":" (at most 80 characters)');
const text = (max: number) => z.string().trim().min(1, 'expected a non-empty text').max(max, `expected at most ${max} characters`);

/** A text per language ({"fr": "…", "en": "…"}), or one string in the charter's default language. */
export const localized = z.union([
  text(2000),
  z
    .strictObject({ fr: text(2000).optional(), en: text(2000).optional() })
    .refine((v) => v.fr !== undefined || v.en !== undefined, 'expected at least one of "fr" or "en"'),
]);
export type LocalizedSource = z.infer<typeof localized>;

const term = text(300);
const terms = z.array(term).min(1, 'expected at least one term').max(2000, 'expected at most 2000 terms');

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

const common = {
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

const existenceRule = z.strictObject({ ...common, kind: z.literal('existence'), terms });
const substitutionRule = z.strictObject({
  ...common,
  kind: z.literal('substitution'),
  swap: z.array(z.strictObject({ terms, replacement: localized })).min(1, 'expected at least one swap'),
});
const patternRule = z.strictObject({
  ...common,
  kind: z.literal('pattern'),
  pattern: z.string().min(1, 'expected a regular expression').max(500, 'expected a regular expression of at most 500 characters'),
  flags: z.string().regex(/^[imsu]*$/, 'expected only the flags i, m, s or u').optional(),
  on: z.enum(['raw', 'normalized']).optional(),
});
const occurrenceRule = z.strictObject({
  ...common,
  kind: z.literal('occurrence'),
  count: z.enum(['exclamation', 'emoji', 'hashtag', 'mention', 'link', 'characters', 'caps_words']),
  max: z.number().int().min(0).max(1_000_000),
  maxByPlatform: z.partialRecord(z.enum(PLATFORMS), z.number().int().min(0).max(1_000_000)).optional(),
});
const detectorRule = z.strictObject({
  ...common,
  kind: z.literal('detector'),
  detector: z.enum(['email', 'phone', 'iban', 'card', 'order_code', 'postal_address', 'account_id', 'siret', 'third_person']),
  allowBrandContacts: z.boolean().optional(),
});
const requiredRule = z.strictObject({ ...common, kind: z.literal('required'), anyOf: terms });
/** A built-in statistical model scores the whole message; the rule says how sure it must be. */
const classifierRule = z.strictObject({
  ...common,
  kind: z.literal('classifier'),
  model: z.string().min(1, 'expected the name of a built-in model'),
  threshold: z.number().gt(0, 'expected a threshold between 0 and 1').lt(1, 'expected a threshold between 0 and 1').optional(),
});

export const ruleSchema = z.discriminatedUnion('kind', [existenceRule, substitutionRule, patternRule, occurrenceRule, detectorRule, requiredRule, classifierRule]);
export type RuleSource = z.infer<typeof ruleSchema>;

/** A rule from a pack, tuned by the charter without rewriting it. */
const ruleOverride = z.strictObject({
  severity: z.enum(SEVERITIES).optional(),
  replacement: localized.optional(),
  severityIn: common.severityIn,
  clause: text(120).optional(),
  message: localized.optional(),
  publicOnly: z.boolean().optional(),
  platforms: common.platforms,
  modes: common.modes,
  quietable: common.quietable,
});

export const pathSchema = z.strictObject({
  id,
  category: z.enum(INCOMING_CATEGORIES),
  label: localized,
  team: localized.optional(),
  /** Extra words that open this path, on top of the built-in detectors for its category. */
  triggers: terms.optional(),
  internalChannel: localized.optional(),
  publicRedirect: localized.optional(),
  sla: localized.optional(),
  secondPairOfEyes: z.boolean().default(false),
  clause: text(120).optional(),
  guidance: localized.optional(),
});
export type PathSource = z.infer<typeof pathSchema>;

export const phrasingSchema = z.strictObject({
  id: z.string().trim().min(1).max(40),
  /** The escalation path it answers; absent for general replies inside the CM's perimeter. */
  path: id.optional(),
  lang: z.enum(LANGS),
  text: text(2000),
  title: localized.optional(),
});
export type PhrasingSource = z.infer<typeof phrasingSchema>;

export const charterSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(CHARTER_SCHEMA_VERSION, { error: `expected schemaVersion ${CHARTER_SCHEMA_VERSION}` }),
  id,
  version: text(40),
  updatedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/, 'expected a date such as 2026-11-20'),
  brand: z.strictObject({
    name: text(120),
    languages: z.array(z.enum(LANGS)).min(1),
    defaultLanguage: z.enum(LANGS).optional(),
    platforms: z.array(z.enum(PLATFORMS)).min(1),
    contacts: z
      .strictObject({
        phones: z.array(text(40)).optional(),
        emails: z.array(z.email('expected an email address')).optional(),
        domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'expected a domain such as brandtruc.fr')).optional(),
        addresses: z.array(text(200)).optional(),
      })
      .optional(),
  }),
  defaultMode: z.enum(MODES).default('normal'),
  modes: z
    .strictObject({
      junior: z
        .strictObject({
          blockAt: z.enum(SEVERITIES).optional(),
          approvedOnlyFor: z.array(z.enum(INCOMING_CATEGORIES)).optional(),
        })
        .optional(),
      crisis: z
        .strictObject({
          escalate: z.array(z.enum(CATEGORIES)).optional(),
          alwaysPaths: z.array(id).optional(),
        })
        .optional(),
    })
    .optional(),
  packs: z
    .strictObject({
      builtin: z.array(z.enum(LANGS)).optional(),
      disable: z.array(id).optional(),
      override: z.record(id, ruleOverride).optional(),
    })
    .optional(),
  lexicons: z.record(z.string().regex(/^[A-Za-z0-9_]+$/, 'expected a lexicon name made of letters, digits and "_"'), terms).optional(),
  responseTimes: z.partialRecord(z.enum(PLATFORMS), localized).optional(),
  /** Who must re-read before sending, beyond the paths flagged `secondPairOfEyes` (charter §16). */
  review: z.strictObject({ topLevelPosts: z.boolean(), clause: text(120).optional() }).optional(),
  /** Escalations confirmed in the popup are recorded locally (path, time, platform, team; never text). */
  escalationLog: z.strictObject({ enabled: z.boolean(), clause: text(120).optional() }).optional(),
  paths: z.array(pathSchema).max(50),
  phrasings: z.array(phrasingSchema).max(500),
  rules: z.array(ruleSchema).max(1000),
});

export type CharterSource = z.infer<typeof charterSchema>;
export type CharterInput = z.input<typeof charterSchema>;
