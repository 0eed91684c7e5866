// Selectors as data: each one has its proof, the fixture pages where it must match, so a site change breaks one named test.
// A site's file holds its selector table and, beside it, the table of proofs (which only the tests import).
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

/** Selector lists by name. */
export type SelectorTable = Record<string, string>;

export interface SelectorProof {
  /** Fixture pages where the selector must match at least one element (open shadow roots included). */
  mustMatchOn: readonly ProofPage[];
  /** Why no fixture page can prove it (a build or variant the fixtures do not render); required when mustMatchOn is empty. */
  unproven?: string;
}

/** One proof for every selector of a table. */
export type SelectorProofs<Table extends SelectorTable> = Record<keyof Table, SelectorProof>;

// Marked free of side effects so that the bundler drops the proof tables, which the content script never reads.
/* @__NO_SIDE_EFFECTS__ */
export function inEnglish(...pages: ProofPageName[]): ProofPage[] {
  return pages;
}

/* @__NO_SIDE_EFFECTS__ */
export function inFrench(...pages: ProofPageName[]): ProofPage[] {
  return pages.map((page) => `${page}-fr` as const);
}

/* @__NO_SIDE_EFFECTS__ */
export function inBothLanguages(...pages: ProofPageName[]): ProofPage[] {
  return [...inEnglish(...pages), ...inFrench(...pages)];
}

/** One selector list matching any of the entries. */
export function anyOf(...selectors: string[]): string {
  return selectors.join(', ');
}
