// How much of a draft the page checks on each change. The engine's time grows with the text (measured in Node on the demo
// charter: ~7 ms for 10,000 characters of prose, ~14 ms for 20,000, ~35 ms for 50,000), and reading, checking and painting
// must stay well inside one 50 ms task on a slower machine. Replies on the three sites are far shorter (a LinkedIn comment
// holds 1,250 characters, a Facebook comment 8,000), so a longer draft is a paste: its first part is checked and the
// badge says so.
export const CHECKED_DRAFT_CHARS = 10_000;

/** Read one character more than is checked, so the engine sees the draft goes on and reports how much it checked. */
export const READ_DRAFT_CHARS = CHECKED_DRAFT_CHARS + 1;
