// @vitest-environment happy-dom
// A box session on a plain contenteditable: what it shows, what it tells the popup, dismissals, and the "cannot read" boundary.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import type { CompiledCharter } from '../../../lib/core/charter/compiled';
import { createBoxSession, type BoxSession } from '../../../lib/page/boxes/box-session';
import type { CharterSettings } from '../../../lib/page/boxes/charter-settings';
import { createDismissalLog } from '../../../lib/page/boxes/dismissal-log';
import type { BoxOverlay, OverlayContent } from '../../../lib/page/overlay/box-overlay';
import type { IncomingMessage } from '../../../lib/page/platforms/types';
import { fakeFacebook, unreadableBoxes } from './box-session-doubles';

vi.mock(import('../../../lib/page/editors/detect-editor'), async (importOriginal) => (await import('./box-session-doubles')).readFailingFor(await importOriginal()));

const COMPLAINT: IncomingMessage = {
  text: "Bonjour, ma commande BT-48213 n'est jamais arrivée et le suivi est bloqué depuis 10 jours. Je veux être remboursée !",
  author: 'Alice Martin',
  firstName: 'Alice',
};

let charter: CompiledCharter;
beforeAll(() => {
  charter = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
});

/** Records what the session asked the overlay to show. */
function recordingOverlay() {
  const shown: OverlayContent[] = [];
  const overlay: BoxOverlay = { show: (content) => void shown.push(content), showSendBlock: vi.fn(), dispose: vi.fn() };
  return { overlay, shown, last: () => shown[shown.length - 1] };
}

const sessions: BoxSession[] = [];
afterEach(() => {
  sessions.splice(0).forEach((session) => session.dispose());
  document.body.replaceChildren();
});

function setup({ isPublic = true, settings = { charter, modeOverride: null } as CharterSettings, editable = true } = {}) {
  const box = document.createElement('div');
  if (editable) box.setAttribute('contenteditable', 'true');
  document.body.append(box);
  const recorded = recordingOverlay();
  const dismissals = createDismissalLog();
  let current = settings;
  const session = createBoxSession(box, {
    id: 'box-1',
    platform: fakeFacebook({ isPublic, incoming: COMPLAINT }),
    location: { pathname: '/', hostname: 'www.facebook.com' },
    uiLang: 'en',
    settings: () => current,
    overlayFor: () => recorded.overlay,
    onDismiss: dismissals.record,
  });
  sessions.push(session);
  const type = (text: string) => {
    box.replaceChildren(...text.split('\n').map((line) => Object.assign(document.createElement('p'), { textContent: line })));
    session.recheck();
  };
  return { box, session, type, dismissals, ...recorded, setSettings: (next: CharterSettings) => ((current = next), session.recheck()) };
}

describe('createBoxSession', () => {
  it('shows the findings of a breaking draft and the path the complaint calls for', () => {
    const { type, last, session } = setup();
    type('On vous rembourse demain !!!');
    expect(last().status).toBe('checked');
    expect(last().findings.map((finding) => finding.category)).toEqual(expect.arrayContaining(['out_of_perimeter', 'overmarketing']));
    expect(last().paths.map((path) => path.category)).toContain('sav');
    expect(last().paths.find((path) => path.category === 'sav')?.team).toBe('Customer service');
    const state = session.state();
    expect(state).toMatchObject({ boxId: 'box-1', platform: 'facebook', kind: 'reply', isPublic: true, readable: true, hasIncoming: true, draftIsEmpty: false });
    expect(state.variables).toEqual({ prénom: 'Alice', first_name: 'Alice' });
    expect(state.findings).toEqual(last().findings);
  });

  it('flags an email address in a public reply only', () => {
    const draft = 'Écrivez à julie.durand@example.com';
    const publicBox = setup({ isPublic: true });
    publicBox.type(draft);
    const privateBox = setup({ isPublic: false });
    privateBox.type(draft);
    expect(publicBox.last().findings.map((finding) => finding.category)).toContain('private_data');
    expect(privateBox.last().findings.map((finding) => finding.category)).not.toContain('private_data');
  });

  it('shows nothing until a charter is in force, then checks at once', () => {
    const { type, last, setSettings } = setup({ settings: { charter: null, modeOverride: null } });
    type('On vous rembourse demain !!!');
    expect(last().status).toBe('idle');
    setSettings({ charter, modeOverride: 'crisis' });
    expect(last()).toMatchObject({ status: 'checked', mode: 'crisis' });
    expect(last().paths.map((path) => path.category)).toContain('crisis');
  });

  it('hides the findings of a rule this CM quieted, except in junior and crisis mode', () => {
    const quieted = [{ charterId: charter.charter.id, ruleId: 'brandtruc.tone.exclamation', at: 1 }];
    const { type, last, setSettings, session } = setup();
    type('Merci pour votre message !!! À bientôt');
    expect(last().findings.map((finding) => finding.ruleId)).toContain('brandtruc.tone.exclamation');
    setSettings({ charter, modeOverride: null, quieted });
    expect(last().findings.map((finding) => finding.ruleId)).not.toContain('brandtruc.tone.exclamation');
    expect(session.state().findings.map((finding) => finding.ruleId)).not.toContain('brandtruc.tone.exclamation');
    setSettings({ charter, modeOverride: 'junior', quieted });
    expect(last().findings.map((finding) => finding.ruleId)).toContain('brandtruc.tone.exclamation');
    setSettings({ charter, modeOverride: 'crisis', quieted });
    expect(last().findings.map((finding) => finding.ruleId)).toContain('brandtruc.tone.exclamation');
    setSettings({ charter, modeOverride: null, quieted: [] });
    expect(last().findings.map((finding) => finding.ruleId)).toContain('brandtruc.tone.exclamation');
  });

  it('hides a dismissed finding for this reply, records it without text, and forgets it when the box is emptied', () => {
    const { type, last, session, dismissals } = setup();
    const seen: unknown[] = [];
    dismissals.onDismissal((dismissal) => seen.push(dismissal));
    type('On vous rembourse demain !!!');
    const exclamation = last().findings.find((finding) => finding.ruleId === 'brandtruc.tone.exclamation')!;
    expect(session.dismiss(exclamation.ruleId, exclamation.start, 'context_ok')).toBe(true);
    expect(last().findings.map((finding) => finding.ruleId)).not.toContain('brandtruc.tone.exclamation');
    expect(dismissals.records()).toEqual([{ ruleId: 'brandtruc.tone.exclamation', reason: 'context_ok', platform: 'facebook', at: expect.any(String) }]);
    expect(seen).toEqual(dismissals.records());

    type('Bonjour. On vous rembourse demain !!!');
    expect(last().findings.map((finding) => finding.ruleId)).not.toContain('brandtruc.tone.exclamation');
    expect(session.dismiss('no.such.rule', 0, 'false_positive')).toBe(false);

    type('');
    type('On vous rembourse demain !!!');
    expect(last().findings.map((finding) => finding.ruleId)).toContain('brandtruc.tone.exclamation');
  });

  it('says "cannot read this box" instead of stale findings when reading throws, and recovers', () => {
    const { box, type, last, session } = setup();
    type('On vous rembourse demain !!!');
    expect(last().findings.length).toBeGreaterThan(0);
    unreadableBoxes.add(box);
    expect(() => session.recheck()).not.toThrow();
    expect(last()).toMatchObject({ status: 'unreadable', findings: [] });
    expect(session.state()).toMatchObject({ readable: false, findings: [] });
    unreadableBoxes.delete(box);
    session.recheck();
    expect(last().status).toBe('checked');
    expect(session.state().readable).toBe(true);
  });

  it('refuses to insert into a box it cannot read', async () => {
    const { session, last } = setup({ editable: false });
    expect(last().status).toBe('unreadable');
    expect(await session.insert('Bonjour', 'caret')).toEqual({ ok: false, reason: 'not-readable' });
  });

  it('re-checks on every change the editor reports', async () => {
    const { box, last } = setup();
    const paragraph = document.createElement('p');
    box.append(paragraph);
    paragraph.textContent = 'On vous rembourse demain !!!';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(last().findings.length).toBeGreaterThan(0);
  });

  it('releases the overlay on dispose', () => {
    const { session, overlay } = setup();
    session.dispose();
    sessions.splice(sessions.indexOf(session), 1);
    expect(overlay.dispose).toHaveBeenCalledOnce();
  });
});
