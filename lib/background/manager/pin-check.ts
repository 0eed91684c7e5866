// Checks a PIN typed by a manager against the stored hash, and slows down guessing: after a few wrong PINs in a row,
// every PIN is refused for a minute. The count lives in session storage, so it outlives a service-worker restart.
import { storage } from '#imports';
import { managerPinItem } from '../../shared/storage/manager-items';
import { verifyPin } from '../../shared/settings/manager-pin';
import type { SettingsRefusal } from '../../shared/settings/settings-refusal';

export const MAX_WRONG_PINS = 5;
export const PIN_COOLDOWN_MS = 60_000;

interface PinAttempts {
  wrong: number;
  /** Until when (ms since epoch) every PIN is refused. */
  blockedUntil: number;
}

const pinAttemptsItem = storage.defineItem<PinAttempts>('session:pinAttempts', { fallback: { wrong: 0, blockedUntil: 0 }, version: 1 });

export async function checkManagerPin(pin: string, now: number = Date.now()): Promise<SettingsRefusal | null> {
  const record = await managerPinItem.getValue();
  if (!record) return 'junior-needs-a-pin-set';
  const attempts = await pinAttemptsItem.getValue();
  if (attempts.blockedUntil > now) return 'pin-attempts-exceeded';
  if (await verifyPin(pin, record)) {
    if (attempts.wrong > 0) await pinAttemptsItem.setValue({ wrong: 0, blockedUntil: 0 });
    return null;
  }
  const wrong = attempts.wrong + 1;
  const blocked = wrong >= MAX_WRONG_PINS;
  await pinAttemptsItem.setValue({ wrong: blocked ? 0 : wrong, blockedUntil: blocked ? now + PIN_COOLDOWN_MS : 0 });
  return blocked ? 'pin-attempts-exceeded' : 'wrong-pin';
}
