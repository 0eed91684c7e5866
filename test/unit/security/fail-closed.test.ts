// @vitest-environment happy-dom
// Junior mode fails closed (issue 16): a check that throws, a rule switched off for running too long, or a draft checked only
// in part never lets a junior's reply go, and in normal mode the badge says the check failed instead of a clean tick.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import type { CompiledCharter } from '../../../lib/core/charter/compiled';
import { check } from '../../../lib/core/engine/check';
import { sendVerdict } from '../../../lib/core/junior/send-verdict';
import { createBoxSession, type BoxSession } from '../../../lib/page/boxes/box-session';
import { CHECK_FAILED_RULE, SLOW_RULE } from '../../../lib/page/boxes/check-failure';
import type { BoxOverlay, OverlayContent } from '../../../lib/page/overlay/box-overlay';
import { fakeFacebook } from '../content/box-session-doubles';
import { useCatalogue } from '../use-catalogue';

vi.mock(import('../../../lib/page/editors/detect-editor'), async (importOriginal) => (await import('../content/box-session-doubles')).readFailingFor(await importOriginal()));

let charter: CompiledCharter;
beforeAll(() => {
  useCatalogue('en');
  charter = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
});

const sessions: BoxSession[] = [];
afterEach(() => {
  sessions.splice(0).forEach((s) => s.dispose());
  document.body.replaceChildren();
});

function setup(inForce: CompiledCharter, mode: 'junior' | 'normal' = 'junior') {
  const box = document.createElement('div');
  box.setAttribute('contenteditable', 'true');
  document.body.append(box);
  const shown: OverlayContent[] = [];
  const overlay: BoxOverlay = { show: (c) => void shown.push(c), showSendBlock: vi.fn(), dispose: vi.fn() };
  const session = createBoxSession(box, {
    id: 'box-1',
    platform: fakeFacebook({ isPublic: true, incoming: { text: 'Mon colis est en retard', author: 'Alice', firstName: 'Alice' } }),
    location: { pathname: '/', hostname: 'www.facebook.com' },
    uiLang: 'en',
    settings: () => ({ charter: inForce, modeOverride: mode }),
    overlayFor: () => overlay,
    onDismiss: () => undefined,
  });
  sessions.push(session);
  const type = (text: string) => {
    box.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
    session.recheck();
  };
  const verdict = () => {
    const state = session.state();
    return sendVerdict(
      { mode: state.mode, findings: state.findings, paths: state.paths, draftIsEmpty: state.draftIsEmpty, lang: state.lang, pageValues: state.variables, coverage: session.coverage() },
      inForce,
    );
  };
  return { session, type, verdict, last: () => shown[shown.length - 1] };
}

/** The demo charter with one rule that throws when it runs (an unknown detector: what a corrupted compiled charter does). */
function throwingCharter(): CompiledCharter {
  const broken = { ...charter.rules.find((r) => r.kind === 'detector')!, id: 'broken', detector: { type: 'nope', allowBrandContacts: true } };
  return { ...charter, rules: [...charter.rules, broken as unknown as CompiledCharter['rules'][number]] };
}

describe('fail closed', () => {
  it('a check that throws blocks a junior send, saying why and how to go on', () => {
    const { type, verdict, session } = setup(throwingCharter());
    type('Merci pour votre message, nous regardons.');
    expect(session.coverage()).toBe('failed');
    const v = verdict();
    expect(v.allowed).toBe(false);
    if (!v.allowed) expect(v.incomplete).toBe('failed');
  });

  it('in normal mode the badge says the check failed, never a clean tick', () => {
    const { type, last } = setup(throwingCharter(), 'normal');
    type('Merci pour votre message, nous regardons.');
    expect(last().status).toBe('checked');
    expect(last().findings.map((f) => f.ruleId)).toEqual([CHECK_FAILED_RULE]);
  });

  for (const [name, padding] of [
    ['10,000 spaces', ' '.repeat(10_000)],
    ['10,000 zero-width spaces', '\u200b'.repeat(10_000)],
  ] as const) {
    it(`an error-level reply after ${name} is not sent in junior mode (only part of it was checked)`, () => {
      const { type, verdict, session } = setup(charter);
      type(`${padding}On vous rembourse demain, promis.`);
      expect(session.coverage()).toBe('partial');
      const v = verdict();
      expect(v.allowed).toBe(false);
      if (!v.allowed) expect(v.incomplete).toBe('partial');
    });
  }

  it('a clean, whole reply still goes', () => {
    const { type, verdict, session } = setup(charter);
    type('Bonjour Alice, nous sommes désolés pour ce retard. Pouvez-vous nous écrire en message privé ?');
    expect(session.coverage()).toBe('complete');
    expect(verdict().allowed).toBe(true);
  });
});

describe('per-rule time budget', () => {
  it('switches a rule off for the page after it overran, and the result says which', () => {
    const own = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
    const input = { incoming: '', draft: 'On vous rembourse demain !', platform: 'facebook' as const, isPublic: true };
    // A budget of -1 ms: every rule overruns, deterministically.
    const first = check({ ...input, budget: { perRuleMs: -1 } }, own);
    expect(first.skippedRules).toContain('fr.perimeter.refund-or-gesture');
    const second = check({ ...input, budget: { perRuleMs: 1_000_000 } }, own);
    expect(second.findings.some((f) => f.ruleId === 'fr.perimeter.refund-or-gesture')).toBe(false);
    expect(second.skippedRules).toContain('fr.perimeter.refund-or-gesture');
    // Without a budget (the CLI), nothing is switched off.
    expect(check(input, own).findings.some((f) => f.ruleId === 'fr.perimeter.refund-or-gesture')).toBe(true);
  });

  it('the CM sees "rule X was too slow and was skipped", and junior mode holds the reply', () => {
    const own = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
    check({ incoming: '', draft: 'x', platform: 'facebook', isPublic: true, budget: { perRuleMs: -1 } }, own);
    const { type, last, session } = setup(own, 'junior');
    type('Bonjour, nous regardons.');
    const slow = last().findings.find((f) => f.ruleId === SLOW_RULE);
    expect(slow?.message).toMatch(/^Rule \S+ was too slow and was skipped/);
    expect(session.coverage()).toBe('failed');
  });
});
