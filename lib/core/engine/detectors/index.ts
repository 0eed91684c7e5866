// Detector registry: the detector types a charter may name, each a function over the raw draft.
import type { DetectorType } from '../../charter/compiled';
import { findCardDigits } from './card';
import { findEmails } from './email';
import { findIbans } from './iban';
import { findPhones } from './phone';
import { findPostalAddresses } from './postal-address';
import { findAccountIds, findOrderCodes, findSirets } from './reference-code';
import { findNamedThirdPersons } from './third-person';
import type { Detector } from './types';

export const DETECTORS: Record<DetectorType, Detector> = {
  email: findEmails,
  phone: findPhones,
  iban: (text) => findIbans(text),
  card: (text) => findCardDigits(text),
  order_code: (text) => findOrderCodes(text),
  postal_address: findPostalAddresses,
  account_id: (text) => findAccountIds(text),
  siret: (text) => findSirets(text),
  third_person: (text) => findNamedThirdPersons(text),
};
