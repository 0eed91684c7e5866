// Selectors as data: each one carries the fixture pages where it must match, so a site change breaks one named test.
// Page names are the e2e fixture pages as test/e2e/platforms.spec.ts opens them (every reply box opened); "-fr" is the ?lang=fr variant.

export const PROOF_PAGE_NAMES = [
  'facebook',
  'facebook-post',
  'facebook-messenger',
  'x',
  'x-home',
  'x-dm',
  'linkedin',
  'linkedin-legacy',
  'linkedin-messaging',
  // Where CMs also reply: Meta Business Suite's inbox, messenger.com, twitter.com, X Pro, a LinkedIn Page's admin view.
  'facebook-business-messenger',
  'facebook-business-comments',
  'facebook-messenger-com',
  'x-twitter',
  'x-pro',
  'linkedin-admin',
] as const;
export type ProofPageName = (typeof PROOF_PAGE_NAMES)[number];
export type ProofPage = ProofPageName | `${ProofPageName}-fr`;

export interface ProvenSelector {
  selector: string;
  /** Fixture pages where the selector must match at least one element (open shadow roots included). */
  mustMatchOn: readonly ProofPage[];
  /** Why no fixture page can prove it (a build or variant the fixtures do not render); required when mustMatchOn is empty. */
  unproven?: string;
}

export type SelectorTable = Record<string, ProvenSelector>;

export function inEnglish(...pages: ProofPageName[]): ProofPage[] {
  return pages;
}

export function inFrench(...pages: ProofPageName[]): ProofPage[] {
  return pages.map((page) => `${page}-fr` as const);
}

export function inBothLanguages(...pages: ProofPageName[]): ProofPage[] {
  return [...inEnglish(...pages), ...inFrench(...pages)];
}

/** One selector list matching any of the entries. */
export function anyOf(...entries: ProvenSelector[]): string {
  return entries.map((entry) => entry.selector).join(', ');
}
