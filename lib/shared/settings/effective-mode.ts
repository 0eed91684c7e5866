// The mode Gardefou works in: the policy's lockedMode, else the manager's setting, else the charter's default.
import type { Mode } from '../../core/engine/vocabulary';

export type ModeOrigin = 'policy' | 'manager' | 'charter';

export interface ModeInputs {
  policyMode: Mode | null;
  managerMode: Mode | null;
  charterDefault: Mode | null;
}

export interface EffectiveMode {
  mode: Mode;
  origin: ModeOrigin;
}

export function effectiveMode({ policyMode, managerMode, charterDefault }: ModeInputs): EffectiveMode {
  if (policyMode) return { mode: policyMode, origin: 'policy' };
  if (managerMode) return { mode: managerMode, origin: 'manager' };
  return { mode: charterDefault ?? 'normal', origin: 'charter' };
}

/** The mode that overrides the charter's default, if any (what a content script applies on top of the charter). */
export function imposedMode(policyMode: Mode | null, managerMode: Mode | null): Mode | null {
  return policyMode ?? managerMode;
}
