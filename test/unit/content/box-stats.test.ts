// @vitest-environment happy-dom
// A box session wired to the page's statistics as the content controller wires it: findings shown after a second, fixed when
// they go while the box keeps text, overridden (not fixed) when dismissed, nothing on a charter change, an emptied or unreadable
// box; the in-page reports; and the one passage the popup may read for a report.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import type { CompiledCharter } from '../../../lib/core/charter/compiled';
import { createBoxSession, type BoxSession } from '../../../lib/page/boxes/box-session';
import type { CharterSettings } from '../../../lib/page/boxes/charter-settings';
import { answerContentRequest } from '../../../lib/page/boxes/content-requests';
import { createPageStats, type PageStats } from '../../../lib/page/boxes/page-stats';
import type { BoxOverlay } from '../../../lib/page/overlay/box-overlay';
import type { StatsRecorder } from '../../../lib/shared/stats/record-events';
import type { StatsEvent } from '../../../lib/shared/stats/stats-event';
import { fakeFacebook, unreadableBoxes } from './box-session-doubles';

vi.mock(import('../../../lib/page/editors/detect-editor'), async (importOriginal) => (await import('./box-session-doubles')).readFailingFor(await importOriginal()));

const COMPLAINT = "Ma commande n'est jamais arrivée, je veux être remboursée !";
const BOILERPLATE = 'brandtruc.tone.banned-boilerplate';
const REFUND = 'fr.perimeter.refund-or-gesture';
const KEPT = 'Merci pour votre patience. Chez Brandtruc, le client est au cœur de nos priorités.';
const PROMISE = ' On vous rembourse';

const CHARTER_JSON = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')) as { rules: { id: string }[] };
let charter: CompiledCharter;
beforeAll(() => {
  charter = compileCharterOrThrow(CHARTER_JSON);
});
const withoutRule = (ruleId: string) => compileCharterOrThrow({ ...CHARTER_JSON, rules: CHARTER_JSON.rules.filter((rule) => rule.id !== ruleId) });

const platform = fakeFacebook({ incoming: { text: COMPLAINT, author: 'Alice Martin', firstName: 'Alice' } });
const overlay: BoxOverlay = { show: () => undefined, dispose: () => undefined, showSendBlock: () => undefined } as BoxOverlay;

let events: StatsEvent[];
let flushed: number;
let stats: PageStats;
const sessions: BoxSession[] = [];
const kinds = () => events.map((event) => `${event.kind} ${'ruleId' in event ? event.ruleId : ''}${'reason' in event ? ` ${event.reason}` : ''}`);

beforeEach(() => {
  vi.useFakeTimers();
  events = [];
  flushed = 0;
  const recorder: StatsRecorder = {
    record: (event) => void events.push(event),
    flush: async () => {
      flushed += 1;
      return true;
    },
    dispose: () => undefined,
  };
  stats = createPageStats({ recorder });
});
afterEach(() => {
  sessions.splice(0).forEach((session) => session.dispose());
  stats.dispose();
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** A session with the controller's statistics wiring (lib/page/boxes/content-controller.ts). */
function setup() {
  const box = document.createElement('div');
  box.setAttribute('contenteditable', 'true');
  document.body.append(box);
  let settings: CharterSettings = { charter, modeOverride: null };
  const tracker = stats.trackBox(platform.id);
  const session = createBoxSession(box, {
    id: 'box-1',
    platform,
    location: { pathname: '/', hostname: 'www.facebook.com' },
    uiLang: 'fr',
    settings: () => settings,
    overlayFor: () => overlay,
    onDismiss: (dismissal) => tracker.overridden(dismissal.ruleId, dismissal.reason),
    onChecked: tracker.update,
    onCheckUnavailable: tracker.reset,
  });
  sessions.push(session);
  const type = (text: string) => {
    box.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
    session.recheck();
  };
  const changeSettings = (next: CharterSettings) => {
    settings = next;
    stats.resetAll();
    session.recheck();
  };
  return { box, session, type, tracker, changeSettings };
}

const findingOf = (session: BoxSession, ruleId: string) => session.state().findings.find((finding) => finding.ruleId === ruleId)!;

describe('a box session counted for the statistics', () => {
  it('counts a finding shown after a second and fixed when its words go while the box keeps text', () => {
    const { type } = setup();
    type(KEPT + PROMISE);
    vi.advanceTimersByTime(999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(kinds().sort()).toEqual([`finding-shown ${BOILERPLATE}`, `finding-shown ${REFUND}`]);
    type(KEPT);
    expect(kinds()).toContain(`finding-fixed ${REFUND}`);
    expect(kinds()).not.toContain(`finding-fixed ${BOILERPLATE}`);
    expect(events.every((event) => event.platform === 'facebook')).toBe(true);
  });

  it('counts an override, not a fix, when the CM dismisses a finding', () => {
    const { type, session } = setup();
    type(KEPT + PROMISE);
    vi.advanceTimersByTime(1000);
    const refund = findingOf(session, REFUND);
    expect(session.dismiss(refund.ruleId, refund.start, 'approved_by_lead')).toBe(true);
    expect(kinds().filter((kind) => kind.includes(REFUND))).toEqual([`finding-shown ${REFUND}`, `finding-overridden ${REFUND} approved_by_lead`]);
  });

  it('counts nothing when the box is emptied (sent), the charter changes, or the box cannot be read any more', () => {
    const sent = setup();
    sent.type(KEPT + PROMISE);
    vi.advanceTimersByTime(1000);
    sent.type('');
    sent.session.dispose();
    sessions.splice(0);

    // A new charter version without the boilerplate rule: the finding goes, but the CM fixed nothing.
    const recharted = setup();
    recharted.type(KEPT + PROMISE);
    vi.advanceTimersByTime(1000);
    recharted.changeSettings({ charter: withoutRule(BOILERPLATE), modeOverride: null });
    expect(recharted.session.state().findings.map((finding) => finding.ruleId)).not.toContain(BOILERPLATE);
    vi.advanceTimersByTime(1000);
    recharted.changeSettings({ charter: null, modeOverride: null });
    recharted.changeSettings({ charter, modeOverride: null });
    vi.advanceTimersByTime(1000);

    const broken = setup();
    broken.type(KEPT + PROMISE);
    vi.advanceTimersByTime(1000);
    unreadableBoxes.add(broken.box);
    broken.session.recheck();
    unreadableBoxes.delete(broken.box);
    broken.type(KEPT);
    expect(kinds().filter((kind) => kind.startsWith('finding-fixed'))).toEqual([]);
  });

  it('forgets a removed box: a later charter change does not touch its tracker, and its timers are gone', () => {
    const { type, tracker } = setup();
    type(KEPT + PROMISE);
    tracker.dispose();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([]);
  });

  it('sends a report from the in-page card at once, with the rule id and the reason and no text', async () => {
    await expect(stats.reportFalsePositive('x', REFUND, 'harmless_meaning')).resolves.toBe(true);
    expect(flushed).toBe(1);
    expect(events).toEqual([{ kind: 'false-positive-reported', ruleId: REFUND, reason: 'harmless_meaning', platform: 'x', at: Date.now() }]);
  });
});

describe('gardefou:read-flagged-text', () => {
  it('answers with the passage of an open finding only, and nothing for any other span or box', async () => {
    const { type, session } = setup();
    const lookup = { active: () => session, byId: (id: string) => (id === 'box-1' ? session : undefined), count: () => 1 };
    const read = (boxId: string, start: number, end: number) => answerContentRequest({ type: 'gardefou:read-flagged-text', boxId, start, end }, lookup);
    type(KEPT + PROMISE);
    const boilerplate = findingOf(session, BOILERPLATE);
    expect(await read('box-1', boilerplate.start, boilerplate.end)).toEqual({ text: 'le client est au cœur de nos priorités' });
    // The whole draft, a shifted span, another box, nonsense offsets: nothing.
    expect(await read('box-1', 0, (KEPT + PROMISE).length)).toEqual({ text: null });
    expect(await read('box-1', boilerplate.start + 1, boilerplate.end)).toEqual({ text: null });
    expect(await read('box-2', boilerplate.start, boilerplate.end)).toEqual({ text: null });
    expect(await read('box-1', boilerplate.end, boilerplate.start)).toEqual({ text: null });
    expect(await read('box-1', Number.NaN, boilerplate.end)).toEqual({ text: null });
    // Dismissed, it is no longer flagged.
    session.dismiss(boilerplate.ruleId, boilerplate.start, 'context_ok');
    expect(await read('box-1', boilerplate.start, boilerplate.end)).toEqual({ text: null });
  });
});
