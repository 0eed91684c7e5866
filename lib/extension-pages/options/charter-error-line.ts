// A charter problem line ("rules[3].severity: expected …") split into its JSON path and its message, to show the path apart.

export interface CharterErrorLine {
  /** '' when the line names no field (a JSON syntax error, an unreachable URL). */
  path: string;
  message: string;
}

/** A JSON path as the compiler writes it: identifiers joined by dots, with [n] indices; no spaces. */
const PATH_PREFIX = /^((?:[A-Za-z_$][\w$-]*|\[\d+\])(?:\.[A-Za-z_$][\w$-]*|\[\d+\])*): (.+)$/s;

export function splitCharterErrorLine(line: string): CharterErrorLine {
  const match = PATH_PREFIX.exec(line);
  return match ? { path: match[1], message: match[2] } : { path: '', message: line };
}
