// The pages' side of the manager messages: every answer, even a failure to reach the background, is a response.
import { browser } from 'wxt/browser';
import type { ManagerRequest, ManagerResponse } from './manager-protocol';

export async function sendManagerRequest(request: ManagerRequest): Promise<ManagerResponse> {
  try {
    const response = (await browser.runtime.sendMessage(request)) as ManagerResponse | undefined;
    return response ?? { ok: false, refusal: 'not-saved' };
  } catch {
    return { ok: false, refusal: 'not-saved' };
  }
}
