// @vitest-environment happy-dom
// The overlay's shadow root is closed (issue 16): a page script sees an empty host, not the findings or the internal
// team, channel and SLA names. Only the extension's own diagnostics switch (chrome.storage) opens it, for browser tests.
import { describe, expect, it } from 'vitest';
import { createOverlayHost } from '../../../lib/page/overlay/overlay-host';

describe('overlay host', () => {
  it('attaches a closed shadow root: the page cannot read what the overlay shows', () => {
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    document.body.append(editable);
    const host = createOverlayHost(editable, '.badge{}', 'box-1');
    host.view.append(Object.assign(document.createElement('div'), { className: 'card', textContent: 'Équipe juridique · #legal-urgent · 2 h' }));
    const element = document.querySelector('gardefou-overlay')!;
    expect(element).not.toBeNull();
    expect(element.shadowRoot).toBeNull();
    expect(element.textContent).toBe('');
    expect(document.body.innerHTML).not.toContain('legal-urgent');
    host.remove();
  });
});
