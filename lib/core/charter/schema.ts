// The charter JSON a manager writes and distributes, as a zod schema (schemaVersion 1).
// Used by the compiler, the CLI's lint and the options page; never shipped in the content script.
import { z } from 'zod';
import { CATEGORIES, INCOMING_CATEGORIES, LANGS, MODES, PLATFORMS, SEVERITIES } from '../engine/vocabulary';
import { ruleKindsSchema } from '../rule-kinds';
import { id, localized, ruleCommon, terms, text } from './schema-fields';

export const CHARTER_SCHEMA_VERSION = 1;

/** A rule: the fields every rule has, then its kind's own (lib/core/rule-kinds/). */
export const ruleSchema = ruleKindsSchema({ common: ruleCommon, terms, localized });
export type RuleSource = z.infer<typeof ruleSchema>;

/** A rule from a pack, tuned by the charter without rewriting it. */
const ruleOverride = z.strictObject({
  severity: z.enum(SEVERITIES).optional(),
  replacement: localized.optional(),
  severityIn: ruleCommon.severityIn,
  clause: text(120).optional(),
  message: localized.optional(),
  publicOnly: z.boolean().optional(),
  platforms: ruleCommon.platforms,
  modes: ruleCommon.modes,
  quietable: ruleCommon.quietable,
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
