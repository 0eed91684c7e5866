// What only other teams may decide: each rule's shape (kind, category, severity, message, the exceptions
// every language applies), said once. Each language's words: ../../fr/perimeter.ts and ../../en/perimeter.ts.
import { PACK_MESSAGE } from '../../pack-messages';
import { ruleFamily } from './build';

export const PERIMETER = ruleFamily({ fr: 'Gardefou · périmètre', en: 'Gardefou · perimeter' }, {
  'perimeter.refund-or-gesture': { kind: 'substitution', category: 'out_of_perimeter', severity: 'error', message: PACK_MESSAGE.perimeterRefundOrGesture, swapReplacement: PACK_MESSAGE.perimeterRefundOrGestureReplacement, unless: { negated: true, study: true } },
  'perimeter.date-promise': { kind: 'existence', category: 'out_of_perimeter', severity: 'error', message: PACK_MESSAGE.perimeterDatePromise, unless: { negated: true, study: true } },
  'perimeter.visit-slot': { kind: 'existence', category: 'out_of_perimeter', severity: 'error', message: PACK_MESSAGE.perimeterDatePromise, unless: { negated: true } },
  'perimeter.fault-admission': { kind: 'existence', category: 'out_of_perimeter', severity: 'error', message: PACK_MESSAGE.perimeterFaultAdmission, unless: { negated: true } },
  'perimeter.dispute-comment': { kind: 'existence', category: 'out_of_perimeter', severity: 'error', message: PACK_MESSAGE.perimeterDisputeComment },
  'perimeter.unreleased-news': { kind: 'existence', category: 'out_of_perimeter', severity: 'error', message: PACK_MESSAGE.perimeterUnreleasedNews, unless: { negated: true } },
  'perimeter.scoop-cue': { kind: 'existence', category: 'out_of_perimeter', severity: 'error', message: PACK_MESSAGE.perimeterUnreleasedNews, contextScope: 'message' },
  'perimeter.incident-disclosure': { kind: 'existence', category: 'out_of_perimeter', severity: 'error', message: PACK_MESSAGE.perimeterUnreleasedNews },
  'perimeter.promo-code': { kind: 'pattern', category: 'out_of_perimeter', severity: 'error', ownLanguageOnly: true, message: PACK_MESSAGE.perimeterRefundOrGesture },
  'perimeter.hr-disclosure': { kind: 'existence', category: 'out_of_perimeter', severity: 'error', message: PACK_MESSAGE.perimeterHrDisclosure, unless: { negated: true } },
  'perimeter.promise': { kind: 'existence', category: 'out_of_perimeter', severity: 'error', message: PACK_MESSAGE.perimeterPromise, unless: { negated: true, study: true } },
  'perimeter.launch-with-date': { kind: 'existence', category: 'out_of_perimeter', severity: 'error', message: PACK_MESSAGE.perimeterUnreleasedNews, unless: { negated: true } },
});
