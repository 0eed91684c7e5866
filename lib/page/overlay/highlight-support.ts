// Feature detection for the CSS Custom Highlight API (Firefox ESR may lack it): detect, never sniff the UA.

export function supportsCustomHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}
