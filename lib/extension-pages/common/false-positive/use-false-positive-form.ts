// The false-positive dialog's state: a reason, and the flagged text read only once the CM ticks "attach", then shown as it will be saved.
import { useState } from 'preact/hooks';
import type { AnyPlatform } from '../../../core/engine/vocabulary';
import { createStatsRecorder } from '../../../shared/stats/record-events';
import type { FalsePositiveReason, StatsEvent } from '../../../shared/stats/stats-event';
import { attachableExcerpt, buildFalsePositiveEvent } from '../../../shared/stats/false-positive-report';

export type AttachableText = { status: 'not-read' } | { status: 'reading' } | { status: 'ready'; text: string } | { status: 'unavailable' };
export type ReportStatus = 'editing' | 'sending' | 'sent' | 'failed';

export interface FalsePositiveFormOptions {
  ruleId: string;
  platform: AnyPlatform;
  /** Reads the flagged text from the page; called only after the CM ticks "attach". Absent: no text can be attached. */
  readFlaggedText?: () => Promise<string | null>;
  /** Sends the report; resolves true once the background kept it. */
  submit?: (event: StatsEvent) => Promise<boolean>;
}

export interface FalsePositiveForm {
  reason: FalsePositiveReason | null;
  setReason(reason: FalsePositiveReason): void;
  attach: boolean;
  setAttach(attach: boolean): void;
  canAttach: boolean;
  attachable: AttachableText;
  status: ReportStatus;
  send(): Promise<void>;
}

/** Sends one event at once through a recorder of its own (the popup may close right after). */
export function sendStatsEventNow(event: StatsEvent): Promise<boolean> {
  const recorder = createStatsRecorder();
  recorder.record(event);
  return recorder.flush();
}

export function useFalsePositiveForm(options: FalsePositiveFormOptions): FalsePositiveForm {
  const [reason, setReason] = useState<FalsePositiveReason | null>(null);
  const [attach, setAttachState] = useState(false);
  const [attachable, setAttachable] = useState<AttachableText>({ status: 'not-read' });
  const [status, setStatus] = useState<ReportStatus>('editing');
  const { readFlaggedText } = options;

  const setAttach = (next: boolean) => {
    setAttachState(next);
    if (!next || !readFlaggedText || attachable.status !== 'not-read') return;
    setAttachable({ status: 'reading' });
    readFlaggedText().then(
      (text) => {
        const excerpt = attachableExcerpt(text);
        setAttachable(excerpt === null ? { status: 'unavailable' } : { status: 'ready', text: excerpt });
      },
      () => setAttachable({ status: 'unavailable' }),
    );
  };

  const send = async () => {
    if (!reason || status === 'sending') return;
    // The text goes only if the box is ticked and the CM has the very text on screen.
    const shown = attach && attachable.status === 'ready' ? attachable.text : null;
    const event = buildFalsePositiveEvent({ ruleId: options.ruleId, reason, platform: options.platform, attach: shown !== null, attachableText: shown });
    setStatus('sending');
    const ok = await (options.submit ?? sendStatsEventNow)(event).catch(() => false);
    setStatus(ok ? 'sent' : 'failed');
  };

  return { reason, setReason, attach, setAttach, canAttach: readFlaggedText !== undefined, attachable, status, send };
}
