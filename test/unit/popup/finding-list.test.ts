// @vitest-environment happy-dom
// The popup's findings list says when only the first part of a long draft was checked, in the UI's language.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FindingList } from '../../../lib/extension-pages/popup/FindingList';
import type { Finding } from '../../../lib/core/engine/types';
import { useCatalogue } from '../use-catalogue';

const FINDING: Finding = { ruleId: 'fr.perimeter.date-promise', category: 'out_of_perimeter', severity: 'error', start: 0, end: 6, message: 'Promises a date' };

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<main></main>';
  root = document.querySelector('main')!;
});

const note = () => root.querySelector('[data-testid="findings-checked-part"]');

describe('FindingList', () => {
  it('says only the first characters were checked, above the findings or the all-clear', async () => {
    useCatalogue('en');
    await act(() => render(h(FindingList, { findings: [FINDING], draftIsEmpty: false, onDismiss: null, failedKey: null, checkedLength: 10_000 }), root));
    expect(note()?.textContent).toBe('Only the first 10,000 characters of this reply were checked.');
    expect(note()?.getAttribute('data-checked-length')).toBe('10000');
    expect(root.querySelector('[data-testid="finding"]')).not.toBeNull();

    await act(() => render(h(FindingList, { findings: [], draftIsEmpty: false, onDismiss: null, failedKey: null, checkedLength: 10_000 }), root));
    expect(note()).not.toBeNull();
    expect(root.querySelector('[data-testid="findings-clean"]')).not.toBeNull();
  });

  it('says nothing of the sort for a draft checked whole', async () => {
    useCatalogue('en');
    await act(() => render(h(FindingList, { findings: [FINDING], draftIsEmpty: false, onDismiss: null, failedKey: null }), root));
    expect(note()).toBeNull();
  });

  it('is written in French for a French browser', async () => {
    useCatalogue('fr');
    await act(() => render(h(FindingList, { findings: [], draftIsEmpty: false, onDismiss: null, failedKey: null, checkedLength: 10_000 }), root));
    expect(note()?.textContent?.replace(/\s/g, ' ')).toBe('Seuls les 10 000 premiers caractères de cette réponse ont été vérifiés.');
  });
});
