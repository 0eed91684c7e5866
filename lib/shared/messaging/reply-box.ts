// Words for a reply box that travel between the page and the popup: what kind of box it is, and how to insert into it.
export type ReplyBoxKind = 'comment' | 'reply' | 'composer' | 'dm';

export type InsertMode = 'replace' | 'caret';
