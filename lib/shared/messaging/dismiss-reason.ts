// Why a CM sets a finding aside: the closed list the popup offers and the statistics count.
export type DismissReason = 'false_positive' | 'context_ok' | 'approved_by_lead';

export const DISMISS_REASONS: readonly DismissReason[] = ['false_positive', 'context_ok', 'approved_by_lead'];

export function isDismissReason(value: string): value is DismissReason {
  return (DISMISS_REASONS as readonly string[]).includes(value);
}
