// The options page's tabs, in order; a feature with its own settings (statistics, distribution controls) adds its tab id here.

export const OPTIONS_TABS = ['charter', 'phrasings', 'distribution', 'statistics'] as const;
export type OptionsTab = (typeof OPTIONS_TABS)[number];
export const DEFAULT_OPTIONS_TAB: OptionsTab = 'charter';
