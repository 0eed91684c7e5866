// Known catastrophic regular expressions from public ReDoS collections, each with the input that makes a backtracking
// engine blow up (prefix + pump repeated + suffix). Sources and licences: docs/redos-corpus.md.
export interface RedosCase {
  pattern: string;
  prefix?: string;
  pump: string;
  suffix?: string;
  source: string;
}

export const REDOS_CORPUS: RedosCase[] = [
  // OWASP "Regular expression Denial of Service", Wikipedia "ReDoS" (evil regexes)
  { pattern: '^(a+)+$', pump: 'a', suffix: '!', source: 'owasp' },
  { pattern: '^([a-zA-Z]+)*$', pump: 'a', suffix: '!', source: 'owasp' },
  { pattern: '^(a|aa)+$', pump: 'a', suffix: '!', source: 'owasp' },
  { pattern: '^(a|a?)+$', pump: 'a', suffix: '!', source: 'owasp' },
  { pattern: '(.*a){12}', pump: 'a', suffix: '', source: 'owasp' },
  { pattern: '^(([a-z])+.)+[A-Z]([a-z])+$', pump: 'a', suffix: '!', source: 'wikipedia' },
  { pattern: '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$', pump: 'a', suffix: '!', source: 'wikipedia' },
  // github/codeql, javascript and swift ReDoS test suites (redos_variants)
  { pattern: '(a*)*b', pump: 'a', source: 'codeql' },
  { pattern: '(a|aa?)*b', pump: 'a', source: 'codeql' },
  { pattern: '^_(__|.)+_$', prefix: '_', pump: '__', suffix: '!', source: 'codeql' },
  { pattern: '^([\\s\\[\\{\\(]|#.*)*$', pump: '##', suffix: '\na', source: 'codeql (CodeMirror)' },
  { pattern: '(b|a?b)*c', pump: 'b', suffix: '!', source: 'codeql' },
  { pattern: '((.|[^a])*)"', pump: 'b', suffix: '!', source: 'codeql' },
  { pattern: '((\\d|\\w)*)"', pump: '0', suffix: '!', source: 'codeql' },
  { pattern: '((\\s|\\s)*)"', pump: '\n', suffix: '.', source: 'codeql' },
  { pattern: '^([^>a]+)*(>|$)', pump: '##', suffix: '\na', source: 'codeql' },
  { pattern: '(\\n\\s*)+$', pump: '\n', suffix: '.', source: 'codeql' },
  { pattern: '(a+|b+|c+)*c', pump: 'a', suffix: '!', source: 'codeql' },
  { pattern: '(((a+a?)*)+b+)', pump: 'a', suffix: '!', source: 'codeql' },
  { pattern: '(a+)+bbbb', pump: 'a', suffix: '!', source: 'codeql' },
  { pattern: '([^X]+)*$', pump: ' ', suffix: 'X', source: 'codeql' },
  { pattern: '(([^X]b)+)*$', pump: 'b', suffix: '!', source: 'codeql' },
  { pattern: '((ab)+)*$', pump: 'ab', suffix: '!', source: 'codeql' },
  { pattern: '^ab(c+)+$', prefix: 'ab', pump: 'c', suffix: '!', source: 'codeql' },
  { pattern: '((ab)*)+c', pump: 'ab', suffix: '!', source: 'codeql' },
  { pattern: '(\\w*foobarbaz\\w*foobarbaz\\w*foobarbaz\\w*foobarbaz\\s*foobarbaz\\d*foobarbaz\\w*)+-', pump: 'foobarbaz', source: 'codeql' },
  { pattern: 'a{2,3}(b+)+X', prefix: 'aa', pump: 'b', suffix: '!', source: 'codeql' },
  { pattern: '\\/(?![ *])(\\\\\\/|.)*?\\/[gim]*(?=\\W|$)', prefix: '/', pump: '\\/a', source: 'codeql (ANodeBlog)' },
  { pattern: '("|\')(\\\\?.)*?\\1', prefix: "'", pump: '\\a', suffix: '"', source: 'codeql (Prism)' },
  { pattern: '^(?:\\s+(?:"(?:[^"\\\\]|\\\\\\\\|\\\\.)+"|\'(?:[^\'\\\\]|\\\\\\\\|\\\\.)+\'|\\((?:[^)\\\\]|\\\\\\\\|\\\\.)+\\)))?', prefix: " '", pump: '\\\\', source: 'codeql (CodeMirror)' },
  { pattern: '(([\\w#:.~>+()\\s-]+|\\*|\\[.*?\\])+)\\s*(,|$)', prefix: '[', pump: '][', suffix: ']!', source: 'codeql (Prototype.js)' },
  { pattern: '^[\\_$a-z][\\_$a-z0-9]*(\\[.*?\\])*(\\.[\\_$a-z][\\_$a-z0-9]*(\\[.*?\\])*)*$', prefix: 'a', pump: '[]', suffix: '.b\n', source: 'codeql (Knockout)' },
  // Real incidents and advisories
  { pattern: '^((?:\\d+)?\\.?\\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|years?|yrs?|y)?$', pump: '1', suffix: '!', source: 'ms (CVE-2015-8315)' },
  { pattern: '^[\\s\\u200c]+|[\\s\\u200c]+$', pump: ' ', suffix: 'x', source: 'Stack Overflow outage, 2016' },
  { pattern: '(?:.*=.*)*;', pump: 'x=', source: 'Cloudflare WAF outage, 2019 (core of the rule)' },
  { pattern: '^(\\w+\\s?)*$', pump: 'word ', suffix: '!', source: 'owasp' },
  { pattern: '(x+x+)+y', pump: 'x', source: 'regular-expressions.info' },
  { pattern: '^(a|a)*$', pump: 'a', suffix: '!', source: 'codeql' },
  // The four that passed `gardefou lint` before (issue 16)
  { pattern: '(?:[^#]+){10}#', pump: 'lorem ipsum ', source: 'issue 16' },
  { pattern: '(?:q?[^#]|z?[^#])*#', pump: 'lorem ipsum ', source: 'issue 16' },
  { pattern: 'a*a*a*b', pump: 'a', source: 'issue 16' },
  { pattern: '[a-z ]*[a-z ]*[a-z ]*#', pump: 'lorem ipsum ', source: 'issue 16' },
];

/** The attack input, cut to `length` characters (the suffix kept). */
export function attackInput(c: RedosCase, length: number): string {
  const prefix = c.prefix ?? '';
  const suffix = c.suffix ?? '';
  const body = c.pump.repeat(Math.ceil(length / c.pump.length)).slice(0, Math.max(0, length - prefix.length - suffix.length));
  return prefix + body + suffix;
}
