// Inserting a phrasing into the native reply box (replace or at the caret) or copying it, and what the popup says afterwards.
import { useState } from 'preact/hooks';
import type { InsertMode } from '../../shared/messaging/reply-box';
import type { InsertResponse } from '../../shared/messaging/protocol';
import { copyToClipboard } from '../common/clipboard';
import { requestInsert } from './content-client';

export type PhrasingActionStatus =
  | { kind: 'idle' }
  | { kind: 'inserting'; mode: InsertMode }
  /** Variables still empty: the CM fills them before anything goes into the reply. */
  | { kind: 'missing'; phrasingId: string; names: string[] }
  | { kind: 'inserted'; mode: InsertMode; phrasingId: string }
  /** The editor did not take the text: the popup offers the clipboard with exactly this text. */
  | { kind: 'insert-failed'; reason: NonNullable<InsertResponse['reason']>; phrasingId: string; text: string }
  | { kind: 'copied'; phrasingId: string }
  | { kind: 'copy-failed'; text: string };

export interface InsertTarget {
  tabId: number;
  boxId: string;
}

export interface PhrasingToUse {
  phrasingId: string;
  text: string;
  missing: string[];
}

export interface PhrasingActions {
  status: PhrasingActionStatus;
  insert(phrasing: PhrasingToUse, mode: InsertMode): Promise<PhrasingActionStatus>;
  copy(phrasing: PhrasingToUse): Promise<PhrasingActionStatus>;
  clear(): void;
}

/**
 * `target` is null when there is no reply box to insert into; `afterInsert` re-reads the box so the re-check shows at once;
 * `onInserted` hears of each phrasing the editor took (the statistics), never of a copy or a failed insert.
 */
export function usePhrasingActions(
  target: InsertTarget | null,
  afterInsert: () => Promise<unknown>,
  onInserted?: (phrasingId: string) => void,
): PhrasingActions {
  const [status, setStatus] = useState<PhrasingActionStatus>({ kind: 'idle' });

  const settle = (next: PhrasingActionStatus) => {
    setStatus(next);
    return next;
  };

  const copy = async (phrasing: PhrasingToUse) => {
    // A placeholder left in would be pasted and posted as is: the CM fills it first, as for an insert.
    if (phrasing.missing.length) return settle({ kind: 'missing', phrasingId: phrasing.phrasingId, names: phrasing.missing });
    const copied = await copyToClipboard(phrasing.text);
    return settle(copied ? { kind: 'copied', phrasingId: phrasing.phrasingId } : { kind: 'copy-failed', text: phrasing.text });
  };

  const insert = async (phrasing: PhrasingToUse, mode: InsertMode) => {
    if (phrasing.missing.length) return settle({ kind: 'missing', phrasingId: phrasing.phrasingId, names: phrasing.missing });
    if (!target) return settle({ kind: 'insert-failed', reason: 'no-box', phrasingId: phrasing.phrasingId, text: phrasing.text });
    setStatus({ kind: 'inserting', mode });
    const response = await requestInsert(target.tabId, target.boxId, phrasing.text, mode);
    if (!response.ok) {
      return settle({ kind: 'insert-failed', reason: response.reason ?? 'not-accepted', phrasingId: phrasing.phrasingId, text: phrasing.text });
    }
    onInserted?.(phrasing.phrasingId);
    await afterInsert();
    return settle({ kind: 'inserted', mode, phrasingId: phrasing.phrasingId });
  };

  return { status, insert, copy, clear: () => setStatus({ kind: 'idle' }) };
}
