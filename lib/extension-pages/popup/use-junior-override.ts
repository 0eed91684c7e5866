// What the popup needs in junior mode: the findings that hold this reply back, and the lead's PIN override of them.
import type { PopupModel } from './use-popup-model';
import { blockingFindings } from '../../core/junior/send-verdict';
import { useLeadOverride, type LeadOverride } from './use-lead-override';
import { useTargetTab } from './use-target-tab';
import type { Finding } from '../../core/engine/types';

export interface JuniorOverride {
  /** False outside junior mode or without a box: nothing to show. */
  applies: boolean;
  blocking: Finding[];
  override: LeadOverride;
}

/** The popup polls the box every second (use-active-box.ts): the overridden findings disappear on the next read. */
const NOTHING_MORE = () => Promise.resolve();

export function useJuniorOverride(model: PopupModel): JuniorOverride {
  const tabId = useTargetTab();
  const { box, charter } = model;
  const applies = model.mode === 'junior' && box !== null && charter !== null;
  const blocking = applies && box && charter ? blockingFindings(box.findings, charter.modes.junior.blockAt) : [];
  const target = box && typeof tabId === 'number' ? { tabId, boxId: box.boxId } : null;
  return { applies, blocking, override: useLeadOverride(target, blocking, NOTHING_MORE) };
}
