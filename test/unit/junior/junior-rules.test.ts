// Junior mode's decisions: the approved-only finding on legal/press/crisis replies, and whether a reply may be sent.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import { check } from '../../../lib/core/engine/check';
import type { Mode } from '../../../lib/core/engine/vocabulary';
import { APPROVED_ONLY_RULE_ID } from '../../../lib/core/junior/approved-only';
import { blockingFindings, sendVerdict } from '../../../lib/core/junior/send-verdict';

const charter = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
const LEGAL_INCOMING = 'Je vais porter plainte, mon avocat vous contactera.';
const SAV_INCOMING = "Ma commande n'est jamais arrivée";
const APPROVED_LEGAL = 'Bonjour, votre message a été transmis au service concerné, qui reviendra vers vous directement.';

function verdictFor(incoming: string, draft: string, mode: Mode = 'junior') {
  const result = check({ incoming, draft, platform: 'facebook', isPublic: true, mode, variables: { prénom: 'Alice' } }, charter);
  const extra = result.findings.find((finding) => finding.ruleId === APPROVED_ONLY_RULE_ID) ?? null;
  return {
    extra,
    verdict: sendVerdict({ mode, findings: result.findings, paths: result.paths, draftIsEmpty: draft.trim() === '', lang: result.lang, pageValues: { prénom: 'Alice' } }, charter),
  };
}

describe('approvedOnlyFinding', () => {
  it('flags a legal reply that is not an approved phrasing, as a whole-reply error with the phrasing to use', () => {
    const { extra } = verdictFor(LEGAL_INCOMING, 'Désolé, on regarde ça et on revient vers vous.');
    expect(extra).toMatchObject({ ruleId: APPROVED_ONLY_RULE_ID, category: 'legal', severity: 'error', wholeDraft: true, start: 0 });
    expect(extra?.message).toBe(
      "En mode junior, une réponse sur ce circuit (Juridique) ne peut être qu'une formulation validée, telle quelle ou avec ses {variables} remplies.",
    );
    expect(charter.phrasings.filter((phrasing) => phrasing.path === 'legal').map((phrasing) => phrasing.text)).toContain(extra?.replacement);
  });

  it('lets an approved phrasing through, unchanged or with different whitespace', () => {
    expect(verdictFor(LEGAL_INCOMING, APPROVED_LEGAL).extra).toBeNull();
    expect(verdictFor(LEGAL_INCOMING, APPROVED_LEGAL.replace(', ', ' ,\n')).extra).toBeNull();
  });

  it('does not accept an approved phrasing of another path', () => {
    const sav = charter.phrasings.find((phrasing) => phrasing.path === 'sav' && phrasing.lang === 'fr' && phrasing.variables.length === 0);
    expect(verdictFor(LEGAL_INCOMING, sav!.text).extra?.ruleId).toBe(APPROVED_ONLY_RULE_ID);
  });

  it('stays out of the way outside junior mode, on paths not listed, and on an empty draft', () => {
    expect(verdictFor(LEGAL_INCOMING, 'Désolé !', 'normal').extra).toBeNull();
    expect(verdictFor(LEGAL_INCOMING, 'Désolé !', 'crisis').extra).toBeNull();
    expect(verdictFor(SAV_INCOMING, 'Bonjour, nous regardons cela en message privé.').extra).toBeNull();
    expect(verdictFor(LEGAL_INCOMING, '   ').extra).toBeNull();
  });
});

describe('sendVerdict', () => {
  it('blocks a junior reply with an error finding, and suggests the approved phrasing of its path', () => {
    const { verdict } = verdictFor(SAV_INCOMING, 'Nous vous remboursons demain sans faute.');
    expect(verdict.allowed).toBe(false);
    if (verdict.allowed) return;
    expect(verdict.blocking.every((finding) => finding.severity === 'error')).toBe(true);
    expect(verdict.suggestions.length).toBeGreaterThan(0);
    expect(verdict.suggestions.map((suggestion) => suggestion.id).every((id) => charter.phrasings.find((p) => p.id === id)?.path === 'sav')).toBe(true);
  });

  it('fills the variables the page knows in the suggested phrasing', () => {
    const withVariablesOnly = { ...charter, phrasings: charter.phrasings.filter((phrasing) => phrasing.variables.includes('prénom')) };
    const result = check({ incoming: SAV_INCOMING, draft: 'Nous vous remboursons demain sans faute.', platform: 'facebook', isPublic: true, mode: 'junior' }, charter);
    const verdict = sendVerdict(
      { mode: 'junior', findings: result.findings, paths: result.paths, draftIsEmpty: false, lang: 'fr', pageValues: { prénom: 'Alice' } },
      withVariablesOnly,
    );
    expect(verdict.allowed).toBe(false);
    if (verdict.allowed) return;
    expect(verdict.suggestions[0].text).toMatch(/^Bonjour Alice,/);
  });

  it('lets a clean junior reply go', () => {
    expect(verdictFor(SAV_INCOMING, 'Bonjour, nous regardons cela en message privé.').verdict).toEqual({ allowed: true });
  });

  it('blocks a legal reply that is not approved phrasing, and lets the approved one go', () => {
    expect(verdictFor(LEGAL_INCOMING, 'Désolé, on regarde ça.').verdict.allowed).toBe(false);
    expect(verdictFor(LEGAL_INCOMING, APPROVED_LEGAL).verdict).toEqual({ allowed: true });
  });

  it('never blocks outside junior mode, or an empty box', () => {
    expect(verdictFor(SAV_INCOMING, 'Nous vous remboursons demain sans faute.', 'normal').verdict).toEqual({ allowed: true });
    expect(verdictFor(SAV_INCOMING, 'Nous vous remboursons demain sans faute.', 'crisis').verdict).toEqual({ allowed: true });
    expect(verdictFor(SAV_INCOMING, '').verdict).toEqual({ allowed: true });
  });

  it('blocks at the charter threshold: warnings pass at blockAt error, and block at blockAt warning', () => {
    const warning = { ruleId: 'w', category: 'style' as const, severity: 'warning' as const, start: 0, end: 1, message: 'w' };
    expect(blockingFindings([warning], 'error')).toEqual([]);
    expect(blockingFindings([warning], 'warning')).toEqual([warning]);
    const stricter = { ...charter, modes: { ...charter.modes, junior: { ...charter.modes.junior, blockAt: 'warning' as const } } };
    const check = { mode: 'junior' as const, findings: [warning], paths: [], draftIsEmpty: false, lang: 'fr' as const, pageValues: {} };
    expect(sendVerdict(check, charter).allowed).toBe(true);
    expect(sendVerdict(check, stricter).allowed).toBe(false);
  });
});
