// Logging an escalation from a path card: the CM asks, sees the team and the time it will be logged with, confirms, and is told
// what was logged. Two steps, because a log entry cannot be taken back.
import { useState } from 'preact/hooks';
import type { AnyPlatform } from '../../core/engine/vocabulary';
import { recordEscalation } from './popup-stats';

export type EscalationStep =
  | { kind: 'idle' }
  /** `at`: the time shown in the question, refreshed when the CM confirms. */
  | { kind: 'confirming'; at: number }
  | { kind: 'recording'; at: number }
  | { kind: 'recorded'; at: number }
  | { kind: 'failed'; at: number };

export interface EscalationRecord {
  step: EscalationStep;
  ask(): void;
  confirm(): Promise<void>;
  cancel(): void;
}

export interface EscalationRecordOptions {
  platform: AnyPlatform;
  pathId: string;
  now?: () => number;
  /** Defaults to sending the event to the background at once. */
  send?: (platform: AnyPlatform, pathId: string, at: number) => Promise<boolean>;
}

export function useEscalationRecord({ platform, pathId, now = Date.now, send = recordEscalation }: EscalationRecordOptions): EscalationRecord {
  const [step, setStep] = useState<EscalationStep>({ kind: 'idle' });
  return {
    step,
    ask: () => setStep({ kind: 'confirming', at: now() }),
    cancel: () => setStep({ kind: 'idle' }),
    async confirm() {
      if (step.kind !== 'confirming' && step.kind !== 'failed') return;
      // The log keeps the moment of the decision, not the moment the question appeared.
      const at = now();
      setStep({ kind: 'recording', at });
      const kept = await send(platform, pathId, at).catch(() => false);
      setStep({ kind: kept ? 'recorded' : 'failed', at });
    },
  };
}
