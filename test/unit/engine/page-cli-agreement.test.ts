// @vitest-environment happy-dom
// The page and the CLI agree: the same reply, answered message, mode and {variable} values give the same findings,
// junior mode's approved-only finding included, whether they come from a JSON Lines record or from a reply box.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseCaseLine } from '../../../cli/case-line';
import { runCheck } from '../../../cli/check-command';
import { loadCharter } from '../../../cli/load-charter';
import { check } from '../../../lib/core/engine/check';
import type { Finding } from '../../../lib/core/engine/types';
import type { Lang, Mode } from '../../../lib/core/engine/vocabulary';
import { APPROVED_ONLY_RULE_ID } from '../../../lib/core/junior/approved-only';
import { createBoxSession } from '../../../lib/page/boxes/box-session';
import { fakeFacebook } from '../content/box-session-doubles';

// The demo charter with one legal phrasing that has {variables}, first so it is the one suggested.
const charterJson = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8'));
charterJson.phrasings.unshift({
  id: 'FR 2.9',
  path: 'legal',
  lang: 'fr',
  text: 'Bonjour {Prénom}, votre dossier {référence ticket} a été transmis à notre service juridique.',
});
const charterPath = join(mkdtempSync(join(tmpdir(), 'gardefou-agree-')), 'charter.json');
writeFileSync(charterPath, JSON.stringify(charterJson));
const loaded = loadCharter(charterPath);
if (!loaded.ok) throw new Error('the test charter does not compile');
const charter = loaded.compiled;

interface Case {
  id: string;
  incoming: string;
  draft: string;
  mode: Mode;
  lang: Lang;
  firstName?: string;
}

const CASES: Case[] = [
  { id: 'legal-free-text', incoming: 'Je vais porter plainte, mon avocat vous contactera.', draft: 'Désolé, on regarde ça !!', mode: 'junior', lang: 'fr', firstName: 'Alice' },
  {
    id: 'legal-unfilled',
    incoming: 'Mon avocat va porter plainte contre vous.',
    draft: 'Bonjour Alice, votre dossier {référence ticket} a été transmis à notre service juridique.',
    mode: 'junior',
    lang: 'fr',
    firstName: 'Alice',
  },
  {
    id: 'legal-approved',
    incoming: 'Mon avocat va porter plainte contre vous.',
    draft: 'Bonjour, votre message a été transmis au service concerné, qui reviendra vers vous directement.',
    mode: 'junior',
    lang: 'fr',
  },
  { id: 'two-paths-en', incoming: "I'm a journalist at the Guardian and my lawyer will sue you.", draft: 'Sorry about that!', mode: 'junior', lang: 'en', firstName: 'Sam' },
  { id: 'sav-normal', incoming: 'Colis jamais reçu, remboursez-moi', draft: 'On vous rembourse demain !!!', mode: 'normal', lang: 'fr', firstName: 'Alice' },
];

function sink(): PassThrough & { text: () => string } {
  const stream = new PassThrough() as PassThrough & { text: () => string };
  let buffer = '';
  stream.on('data', (chunk) => (buffer += chunk));
  stream.text = () => buffer;
  return stream;
}

/** A case as a `gardefou check` record: the page's first name becomes the `variables` field. */
function caseLine(c: Case): string {
  return JSON.stringify({
    id: c.id,
    incoming: c.incoming,
    draft: c.draft,
    platform: 'facebook',
    mode: c.mode,
    ...(c.firstName ? { variables: { prénom: c.firstName, first_name: c.firstName } } : {}),
  });
}

/** The page's path: a reply box on facebook.com answering the message, its UI in the reply's language; what it shows. */
function pageFindings(c: Case): Finding[] {
  const box = document.createElement('div');
  box.setAttribute('contenteditable', 'true');
  box.textContent = c.draft;
  document.body.append(box);
  const session = createBoxSession(box, {
    id: c.id,
    platform: fakeFacebook({ isPublic: true, incoming: { text: c.incoming, ...(c.firstName ? { author: `${c.firstName} Martin`, firstName: c.firstName } : {}) } }),
    location: { pathname: '/', hostname: 'www.facebook.com' },
    uiLang: c.lang,
    settings: () => ({ charter, modeOverride: c.mode }),
    overlayFor: () => ({ show: () => undefined, showSendBlock: () => undefined, dispose: () => undefined }),
    onDismiss: () => undefined,
  });
  try {
    return session.state().findings;
  } finally {
    session.dispose();
    box.remove();
  }
}

/** The CLI's output shape for a finding. */
function asCliFinding(f: Finding) {
  return { ruleId: f.ruleId, category: f.category, severity: f.severity, start: f.start, end: f.end, message: f.message, clause: f.clause ?? null };
}

describe('the page and the CLI agree', () => {
  it('gives the same findings, approved-only included, for the same input through `gardefou check` and a reply box', async () => {
    const out = sink();
    const code = await runCheck({ charterPath }, Readable.from([CASES.map(caseLine).join('\n')]), out, sink());
    expect(code).toBe(0);
    const lines = out.text().trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(CASES.map((c) => c.id));
    CASES.forEach((c, index) => {
      expect(lines[index].findings, c.id).toEqual(pageFindings(c).map(asCliFinding));
    });
    const approvedOnly = lines.map((line) => line.findings.some((f: Finding) => f.ruleId === APPROVED_ONLY_RULE_ID));
    expect(approvedOnly).toEqual([true, true, false, true, false]);
  });

  it('fills the suggested phrasing with the same values on both paths, including the replacement the CLI does not print', () => {
    for (const c of CASES) {
      const cli = check(parseCaseLine(caseLine(c)).input, charter).findings;
      expect(cli, c.id).toEqual(pageFindings(c));
    }
    const suggested = pageFindings(CASES[0]).find((f) => f.ruleId === APPROVED_ONLY_RULE_ID);
    expect(suggested?.replacement).toBe('Bonjour Alice, votre dossier {référence ticket} a été transmis à notre service juridique.');
  });
});
