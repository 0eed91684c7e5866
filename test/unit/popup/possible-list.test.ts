// @vitest-environment happy-dom
// The popup shows lower-confidence signals apart, tagged "possible", with their category, side and reason.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PossibleList } from '../../../lib/extension-pages/popup/PossibleList';
import type { PossibleSignal } from '../../../lib/core/engine/types';
import { useCatalogue } from '../use-catalogue';

const PATH: PossibleSignal = { side: 'incoming', ruleId: 'en.sav.object-problem', category: 'sav', pathId: 'sav', severity: 'info', start: 0, end: 5, message: 'After-sales case', reason: 'praise' };
const MODEL: PossibleSignal = { side: 'draft', ruleId: 'en.model.insult_vulgar', category: 'insult_vulgar', severity: 'warning', start: 0, end: 9, message: 'Tone reads as mocking', reason: 'model_uncertain' };

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<main></main>';
  root = document.querySelector('main')!;
});

describe('PossibleList', () => {
  it('lists each possible signal with its category, side and reason, in the UI language', async () => {
    useCatalogue('en');
    await act(() => render(h(PossibleList, { possible: [PATH, MODEL] }), root));
    const items = [...root.querySelectorAll('[data-testid="possible"]')];
    expect(items.map((i) => i.getAttribute('data-reason'))).toEqual(['praise', 'model_uncertain']);
    expect(items[0].textContent).toContain('possible');
    expect(items[0].textContent).toContain('message answered');
    expect(items[0].textContent).toContain('Why only possible: after-sales words inside thanks or praise');
    expect(items[1].textContent).toContain('your draft');
    expect(items[1].textContent).toContain('Tone reads as mocking');

    useCatalogue('fr');
    await act(() => render(h(PossibleList, { possible: [MODEL] }), root));
    expect(root.querySelector('[data-testid="possible"]')!.textContent).toContain('Pourquoi seulement possible : le modèle penche dans ce sens');
  });

  it('renders nothing when there is nothing possible', async () => {
    useCatalogue('en');
    await act(() => render(h(PossibleList, { possible: [] }), root));
    expect(root.querySelector('[data-testid="possible-list"]')).toBeNull();
    await act(() => render(h(PossibleList, { possible: undefined }), root));
    expect(root.innerHTML).toBe('');
  });
});
