// The fixed vocabularies shared by the charter schema, the engine, the UI and the CLI.

export const PLATFORMS = ['facebook', 'x', 'linkedin'] as const;
export type Platform = (typeof PLATFORMS)[number];
/** A page the extension runs on but cannot attribute (generic fallback), or CLI input without a platform. */
export type AnyPlatform = Platform | 'other';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const MODES = ['normal', 'junior', 'crisis'] as const;
export type Mode = (typeof MODES)[number];

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Categories set from the message being answered; each names an escalation path. */
export const INCOMING_CATEGORIES = ['sav', 'legal', 'press', 'partnership', 'crisis', 'hr'] as const;
export type IncomingCategory = (typeof INCOMING_CATEGORIES)[number];

/** Categories set from the draft alone. */
export const DRAFT_CATEGORIES = [
  'overmarketing',
  'out_of_perimeter',
  'private_data',
  'insult_vulgar',
  'personal_offbrand',
  'style',
] as const;
export type DraftCategory = (typeof DRAFT_CATEGORIES)[number];

export const CATEGORIES = [...INCOMING_CATEGORIES, ...DRAFT_CATEGORIES] as const;
export type Category = IncomingCategory | DraftCategory;

export function isIncomingCategory(c: string): c is IncomingCategory {
  return (INCOMING_CATEGORIES as readonly string[]).includes(c);
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Text in one or both languages; the charter provides what it has. */
export type LocalizedText = Partial<Record<Lang, string>>;
