// Asking for personal data in a public reply: each rule's shape (kind, category, severity, message, the exceptions
// every language applies), said once. Each language's words: ../../fr/personal-data.ts and ../../en/personal-data.ts.
import { PACK_MESSAGE } from '../../pack-messages';
import { ruleFamily } from './build';

export const PERSONAL_DATA = ruleFamily({ fr: 'Gardefou · données personnelles', en: 'Gardefou · personal data' }, {
  'private-data.ask-in-public': { kind: 'substitution', category: 'private_data', severity: 'error', publicOnly: true, message: PACK_MESSAGE.privateDataAskInPublic, swapReplacement: PACK_MESSAGE.privateDataAskInPublicReplacement, unless: { negated: true, dm: true } },
});
