// Lookups by a name a charter gives (a lexicon, a model, a fragment, a phrasing variable): only the record's own keys count,
// so "constructor", "toString" or "__proto__" are names like any other instead of Object.prototype's members.

export function hasOwnKey(record: object | undefined, key: string): boolean {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key);
}

/** The record's own value for `key`, or undefined (never an inherited member). */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return hasOwnKey(record, key) ? record![key] : undefined;
}
