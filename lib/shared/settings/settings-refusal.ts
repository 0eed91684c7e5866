// Why a change to Gardefou's settings was refused; the pages word each reason in the reader's language.

export type SettingsRefusal =
  /** The policy's lockSettings is true: nothing can be changed from the extension. */
  | 'policy-locks-settings'
  /** The policy's lockedMode fixes the mode. */
  | 'policy-locks-mode'
  /** The policy supplies the charter (charterJson or charterUrl), which outranks a manager URL or a file. */
  | 'policy-supplies-charter'
  /** Junior mode is in force: only the manager, with the PIN, can change settings. */
  | 'junior-needs-pin'
  /** A PIN is set and this change needs it. */
  | 'pin-required'
  | 'wrong-pin'
  /** Too many wrong PINs in a row: wait before the next try. */
  | 'pin-attempts-exceeded'
  /** Junior mode without a PIN could never be left: set a PIN first. */
  | 'junior-needs-a-pin-set'
  /** The new PIN is too short or too long. */
  | 'pin-format'
  /** A value the form sent is not usable (a URL that is not http or https…). */
  | 'bad-value'
  /** Storage failed while saving: nothing changed. */
  | 'not-saved';
