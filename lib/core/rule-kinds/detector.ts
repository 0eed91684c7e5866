// detector: personal data found by code (email, phone, IBAN, card, order code, address, account id, SIRET, third person).
import { z } from 'zod';
import { DETECTOR_TYPES, type BrandContacts } from '../charter/compiled';
import { DETECTORS } from '../engine/detectors';
import { spanMatches } from '../engine/match-rule';
import type { CompiledKindPart, KindMatcher, SchemaParts } from './kind';

export const schema = ({ common }: SchemaParts) =>
  z.strictObject({ ...common, kind: z.literal('detector'), detector: z.enum(DETECTOR_TYPES), allowBrandContacts: z.boolean().optional() });
export type Source = z.infer<ReturnType<typeof schema>>;

/** Personal data matters in what the brand writes, not in what it is sent. */
export const readsIncoming = false;

export function compile(rule: Source): CompiledKindPart {
  return { detector: { type: rule.detector, allowBrandContacts: rule.allowBrandContacts ?? true } };
}

const NO_CONTACTS: BrandContacts = { phones: [], emails: [], domains: [], addresses: [] };

export const match: KindMatcher = (r, t, _platform, contacts) => {
  const d = r.rule.detector!;
  return spanMatches(r, t, DETECTORS[d.type](t.raw, d.allowBrandContacts ? contacts : NO_CONTACTS));
};
