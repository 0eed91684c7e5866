// English: asking for personal data in a public reply (the data itself is found by the language-neutral detectors).
import { familyRules } from '../common/shapes/build';
import { PERSONAL_DATA } from '../common/shapes/personal-data';

const DATA_EN =
  '(full )?(email|e-mail|email address|phone|phone number|number|mobile|mobile number|cell|cell number|address|home address|postal address|shipping address|delivery address|postcode|post code|zip|zip code|postal code|order number|order #|order no|order id|tracking number|tracking code|tracking id|account number|account #|account id|account details|customer number|customer id|member number|membership number|reference number|ref number|confirmation number|confirmation code|booking reference|booking number|booking code|card number|card details|payment details|last (4|four) digits|date of birth|dob|full name|name and address|password|pin|ssn|social security number|iban|sort code|bank details|contact details|personal details|personal info|personal information|login|username|siret|siren|vat number|company number|company registration|invoice reference|invoice number|best number|number to reach you|seat number|confirmation code|staff id|employee id|id number|transaction code|transaction id|report number|police report number|batch code|name|postcode|(skymiles|aadvantage|loyalty|rewards|frequent flyer|membership|member|miles|points|avios|nectar|clubcard) number|gamertag)';

export const ENGLISH_PERSONAL_DATA_RULES = familyRules('en', PERSONAL_DATA, {
  'private-data.ask-in-public': {
    terms: [
      `(please |pls |kindly |can you |could you |would you |can u |just )?(reply|respond|comment|tweet|post|share|send|provide|give|tell|confirm|let us know|leave|drop|include|add|type|write|pop|list|note)( us| me)? (here |below |in the comments |in a reply |with |publicly |in this thread |underneath )?(your|the) ${DATA_EN}`,
      `(what's|what is|whats) (your|the) ${DATA_EN}`,
      `(can|could|may) (we|i) (have|get|grab|take|see|ask for) (your|the) ${DATA_EN}`,
      `(we|i) (need|require|will need|'ll need|would need|must have) (your|the) ${DATA_EN}`,
      `(reply|respond|comment) (with|below with|here with) (your|the) ${DATA_EN}`,
      `(post|share|send|upload|attach) (here |below )?(a|the)? (screenshot|photo|picture|pic|scan|copy) ... (your|with your|showing your|where your) ${DATA_EN}`,
      `(what's|what is|whats) the best (number|email|address|way to reach you)`,
      '(drop|leave|post|pop|put) (it|them|your number|your details) (below|here|in the comments|in a reply)',
      `(reply|respond|comment|share|post|send) (here |below |publicly |in this thread )?(with )?(your|the) ... ${DATA_EN}`,
    ],
    examples: {
      should_flag: ['Please reply with your order number so we can check', "What's your email address?"],
      should_pass: ['Please DM us your order number (please don’t post it here)', { draft: 'Please send us your order number', public: false }],
    },
  },
});
