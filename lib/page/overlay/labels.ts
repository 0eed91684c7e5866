// Catalogue keys for the vocabularies the overlay names (category and severity labels).
import type { Category, Mode, Severity } from '../../core/engine/vocabulary';
import type { MessageKey } from '../../shared/i18n';

export const CATEGORY_LABEL_KEYS: Record<Category, MessageKey> = {
  sav: 'category_sav',
  legal: 'category_legal',
  press: 'category_press',
  partnership: 'category_partnership',
  crisis: 'category_crisis',
  hr: 'category_hr',
  overmarketing: 'category_overmarketing',
  out_of_perimeter: 'category_out_of_perimeter',
  private_data: 'category_private_data',
  insult_vulgar: 'category_insult_vulgar',
  personal_offbrand: 'category_personal_offbrand',
  style: 'category_style',
};

export const SEVERITY_LABEL_KEYS: Record<Severity, MessageKey> = {
  error: 'overlay_severity_error',
  warning: 'overlay_severity_warning',
  info: 'overlay_severity_info',
};

/** Badge tag and card line for the modes that change what the CM may do. */
export const MODE_KEYS: Partial<Record<Mode, { tag: MessageKey; line: MessageKey }>> = {
  crisis: { tag: 'badge_mode_crisis', line: 'overlay_mode_crisis' },
  junior: { tag: 'badge_mode_junior', line: 'overlay_mode_junior' },
};
