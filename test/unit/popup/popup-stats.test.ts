// @vitest-environment happy-dom
// What the popup records: a phrasing only once the editor took it, an escalation only after the CM confirmed the team and time,
// and a false-positive report whose passage is read from the tab only once the CM ticks "attach".
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { EscalationRecorder } from '../../../lib/extension-pages/popup/EscalationRecorder';
import { FindingsSection } from '../../../lib/extension-pages/popup/FindingsSection';
import type { Finding } from '../../../lib/core/engine/types';
import type { ActiveBoxState } from '../../../lib/shared/messaging/protocol';
import { useFalsePositiveReports } from '../../../lib/extension-pages/popup/use-false-positive-reports';
import { usePhrasingActions, type PhrasingActions } from '../../../lib/extension-pages/popup/use-phrasing-actions';
import type { PopupModel } from '../../../lib/extension-pages/popup/use-popup-model';
import { click, until } from '../dom-steps';
import { useCatalogue } from '../use-catalogue';

let root: HTMLElement;
/** What reached the background (statistics) and the tab (content requests). */
let toBackground: unknown[];
let toTab: unknown[];
let tabAnswer: (message: { type: string }) => unknown;
let backgroundKeeps: boolean;

const statsEvents = () => toBackground.flatMap((message) => (message as { events: unknown[] }).events);

beforeEach(() => {
  fakeBrowser.reset();
  useCatalogue('en');
  toBackground = [];
  toTab = [];
  backgroundKeeps = true;
  tabAnswer = () => ({ ok: true });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    toBackground.push(message);
    return { ok: backgroundKeeps, recorded: backgroundKeeps ? 1 : 0 };
  });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId: number, message: unknown) => {
    toTab.push(message);
    return tabAnswer(message as { type: string });
  });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('phrasing-inserted', () => {
  it('is recorded when the editor took the phrasing, not when the insert failed or the phrasing was copied', async () => {
    const inserted: string[] = [];
    let actions: PhrasingActions | null = null;
    function Harness() {
      actions = usePhrasingActions({ tabId: 4, boxId: 'box-1' }, async () => undefined, (id) => inserted.push(id));
      return null;
    }
    await act(() => render(h(Harness, {}), root));
    await act(async () => void (await actions!.insert({ phrasingId: 'FR 1.1', text: 'Bonjour', missing: [] }, 'replace')));
    tabAnswer = () => ({ ok: false, reason: 'not-accepted' });
    await act(async () => void (await actions!.insert({ phrasingId: 'FR 1.2', text: 'Bonjour', missing: [] }, 'caret')));
    await act(async () => void (await actions!.insert({ phrasingId: 'FR 1.3', text: 'Bonjour {x}', missing: ['x'] }, 'caret')));
    expect(inserted).toEqual(['FR 1.1']);
  });
});

describe('EscalationRecorder', () => {
  const props = { platform: 'x' as const, pathId: 'legal', pathLabel: 'Legal', team: 'Legal department', lang: 'en' as const };

  it('asks with the team and the time, records path, platform and time once confirmed, then says what was logged', async () => {
    await act(() => render(h(EscalationRecorder, props), root));
    expect(root.querySelector('[data-testid="record-escalation"]')?.getAttribute('aria-label')).toBe('Record an escalation: Legal');
    await click(root.querySelector('[data-testid="record-escalation"]'));
    const question = root.querySelector('[data-testid="escalation-confirm"]')?.textContent ?? '';
    expect(question).toContain('Legal department');
    expect(question).toMatch(/\d{2}:\d{2}/);
    expect(toBackground).toEqual([]);

    const before = Date.now();
    await click(root.querySelector('[data-testid="escalation-confirm-button"]'));
    await until(() => root.querySelector('[data-testid="escalation-recorded"]') !== null);
    expect(statsEvents()).toEqual([{ kind: 'escalation-recorded', pathId: 'legal', platform: 'x', at: expect.any(Number) }]);
    const at = (statsEvents()[0] as { at: number }).at;
    expect(at).toBeGreaterThanOrEqual(before);
    const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(at);
    expect(root.querySelector('[data-testid="escalation-recorded"]')?.textContent).toBe(`Escalation logged: Legal → Legal department, at ${time}.`);
    expect(document.activeElement).toBe(root.querySelector('[data-testid="escalation-recorded"]'));
  });

  it('records nothing when cancelled, and says so when the background did not keep it', async () => {
    await act(() => render(h(EscalationRecorder, { ...props, team: null }), root));
    await click(root.querySelector('[data-testid="record-escalation"]'));
    expect(root.textContent).toContain('the team (not named in the charter)');
    await click([...root.querySelectorAll('button')].find((button) => button.textContent === 'Cancel'));
    expect(document.activeElement).toBe(root.querySelector('[data-testid="record-escalation"]'));
    expect(toBackground).toEqual([]);

    backgroundKeeps = false;
    await click(root.querySelector('[data-testid="record-escalation"]'));
    await click(root.querySelector('[data-testid="escalation-confirm-button"]'));
    await until(() => root.querySelector('[role="alert"]') !== null);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The escalation could not be logged. Try again.');
    expect(root.querySelector('[data-testid="escalation-recorded"]')).toBeNull();
  });
});

describe('"This is wrong" in the popup', () => {
  const FLAGGED: Finding = { ruleId: 'brandtruc.tone.banned-boilerplate', category: 'overmarketing', severity: 'warning', start: 16, end: 54, message: 'Banned wording' };
  const box = { boxId: 'box-2', platform: 'facebook', findings: [FLAGGED], draftIsEmpty: false } as ActiveBoxState;

  function Section() {
    const reports = useFalsePositiveReports({ tabId: 9, boxId: 'box-2' });
    const model = { reports, overrides: { failedKey: null, dismiss: async () => true }, quieted: { canQuiet: () => false } } as unknown as PopupModel;
    return h(FindingsSection, { box, model });
  }

  it('opens the report dialog and reads the flagged passage from the tab only once the CM ticks "attach"', async () => {
    tabAnswer = (message) => (message.type === 'gardefou:read-flagged-text' ? { text: 'le client est au cœur de nos priorités' } : undefined);
    await act(() => render(h(Section, {}), root));
    await click(root.querySelector('[data-testid="report-wrong"]'));
    expect(root.querySelector('[data-testid="false-positive-dialog"]')?.textContent).toContain('Banned wording');
    await click(root.querySelector('input[value="allowed_by_charter"]'));
    expect(toTab).toEqual([]);
    await click(root.querySelector('[data-testid="fp-attach"]'));
    await until(() => root.querySelector('[data-testid="fp-attached-text"]') !== null);
    expect(toTab).toEqual([{ type: 'gardefou:read-flagged-text', boxId: 'box-2', start: 16, end: 54 }]);
    expect(root.querySelector('[data-testid="fp-attached-text"]')?.textContent).toBe('le client est au cœur de nos priorités');
    await click(root.querySelector('[data-testid="fp-send"]'));
    await until(() => statsEvents().length === 1);
    expect(statsEvents()[0]).toMatchObject({ kind: 'false-positive-reported', ruleId: FLAGGED.ruleId, platform: 'facebook', attachedText: 'le client est au cœur de nos priorités' });
    await click([...root.querySelectorAll('[data-testid="false-positive-dialog"] button')].at(-1));
    expect(root.querySelector('[data-testid="false-positive-dialog"]')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('[data-testid="report-wrong"]'));
  });
});
