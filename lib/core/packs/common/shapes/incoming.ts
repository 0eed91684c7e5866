// Incoming messages that open an escalation path: each rule's shape (kind, category, severity, message, the exceptions
// every language applies), said once. Each language's words: ../../fr/incoming.ts and ../../en/incoming.ts.
import { PATH_MESSAGE } from '../../pack-messages';
import { ruleFamily } from './build';

export const INCOMING = ruleFamily({ fr: 'Gardefou · escalade', en: 'Gardefou · escalation' }, {
  'sav.own-case': { kind: 'existence', category: 'sav', severity: 'info', message: PATH_MESSAGE.sav, contextScope: 'message' },
  'sav.own-object-problem': { kind: 'existence', category: 'sav', severity: 'info', message: PATH_MESSAGE.sav, contextScope: 'message' },
  'sav.first-person-problem': { kind: 'existence', category: 'sav', severity: 'info', message: PATH_MESSAGE.sav, contextScope: 'message' },
  'sav.service-failure': { kind: 'existence', category: 'sav', severity: 'info', message: PATH_MESSAGE.sav, contextScope: 'message' },
  'sav.object-problem': { kind: 'existence', category: 'sav', severity: 'info', message: PATH_MESSAGE.sav, contextScope: 'message' },
  'legal.threat': { kind: 'existence', category: 'legal', severity: 'info', message: PATH_MESSAGE.legal, unless: { joke: true } },
  'legal.regulator-acronym': { kind: 'pattern', category: 'legal', severity: 'info', ownLanguageOnly: true, message: PATH_MESSAGE.legal, unless: { joke: true } },
  'press.request': { kind: 'existence', category: 'press', severity: 'info', message: PATH_MESSAGE.press, unless: { joke: true } },
  'press.creator-question': { kind: 'existence', category: 'press', severity: 'info', message: PATH_MESSAGE.press, contextScope: 'message', unless: { joke: true } },
  'partnership.request': { kind: 'existence', category: 'partnership', severity: 'info', message: PATH_MESSAGE.partnership, unless: { joke: true } },
  'partnership.creator-offer': { kind: 'existence', category: 'partnership', severity: 'info', message: PATH_MESSAGE.partnership, contextScope: 'message', unless: { joke: true } },
  'crisis.safety': { kind: 'existence', category: 'crisis', severity: 'info', message: PATH_MESSAGE.crisis, unless: { joke: true } },
  'hr.matter': { kind: 'existence', category: 'hr', severity: 'info', message: PATH_MESSAGE.hr, unless: { joke: true } },
});
