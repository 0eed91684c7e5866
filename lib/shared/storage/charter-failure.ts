// Why a charter could not be loaded, as data: the options page and the popup word it in the reader's language.
import type { SettingsRefusal } from '../settings/settings-refusal';
import type { PolicyValueProblem } from './policy-state';

export interface CharterVersionStamp {
  version: string;
  updatedAt: string;
}

export type CharterFailure =
  /** The text is JSON but not a valid charter; the details (JSON paths) are in CharterProblem.messages. */
  | { kind: 'invalid-charter' }
  /** After an update of Gardefou, the kept text of the charter in force no longer compiles (details in messages). */
  | { kind: 'recompile-failed' }
  /** A charter file imported before Gardefou kept charter texts: it cannot be rebuilt with this version's packs. */
  | { kind: 'source-not-kept' }
  | { kind: 'http-status'; status: number }
  | { kind: 'timeout'; seconds: number }
  /** No answer at all: DNS, refused connection, or a CORS refusal when the origin was not granted (the browser cannot tell them apart). */
  | { kind: 'network'; originGranted: boolean }
  | { kind: 'not-json'; contentType: string }
  | { kind: 'too-large'; limitKb: number }
  | { kind: 'bad-url' }
  /** Plain HTTP to another machine: the charter could be swapped in transit. */
  | { kind: 'insecure-url' }
  /** The server redirected to an address that is not HTTPS (`to`: its origin or scheme). */
  | { kind: 'insecure-redirect'; to: string }
  /** The charter says it was updated after tomorrow: it would block every later update from its source. */
  | { kind: 'future-date'; updatedAt: string }
  /** Compiling the charter threw: a bug or a hostile charter; the message is in CharterProblem.messages. */
  | { kind: 'compile-crashed' }
  /** The same source offered a charter older than the one in force. */
  | { kind: 'downgrade'; offered: CharterVersionStamp; inForce: CharterVersionStamp }
  /** An enterprise policy value Gardefou cannot use; the rest of the policy still applies. */
  | ({ kind: 'policy-value' } & PolicyValueProblem)
  /** A file import while a higher source (the policy or a charter URL) supplies the charter; never stored as a problem. */
  | { kind: 'outranked'; by: 'policy' | 'url' }
  /** An import refused by the settings lock (junior mode, policy); never stored as a problem. */
  | { kind: 'settings-locked'; refusal: SettingsRefusal };
