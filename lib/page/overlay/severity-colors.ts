// The one palette for severities, shared by the underlines, the fallback boxes and the badge.
import type { Severity } from '../../core/engine/vocabulary';

export const SEVERITY_COLORS: Record<Severity, string> = {
  error: '#d93025',
  warning: '#e37400',
  info: '#1a73e8',
};

export const NEUTRAL_COLOR = '#5f6368';

/** A checked draft with nothing to flag: green on white passes WCAG AA for the badge's white check mark (5.9:1). */
export const CLEAN_COLOR = '#137333';
