import { describe, expect, it } from 'vitest';
import type { BrandContacts } from '../../../lib/core/charter/compiled';
import { DETECTORS } from '../../../lib/core/engine/detectors';
import { isValidIban } from '../../../lib/core/engine/detectors/iban';
import { isLuhnValid } from '../../../lib/core/engine/detectors/card';
import { installLexis } from '../../../lib/core/engine/lexis';
import { ENGINE_LEXIS } from '../../../lib/core/charter/engine-lexis';

// The third-person detector reads its first names from the lexis a compiled charter carries (check() installs it).
installLexis(ENGINE_LEXIS);

const brand: BrandContacts = { phones: ['970809000'], emails: ['presse@brandtruc.fr'], domains: [], addresses: ['12 rue du commerce'] };
const found = (type: keyof typeof DETECTORS, text: string) => DETECTORS[type](text, brand).map((s) => text.slice(s.start, s.end));

describe('personal-data detectors', () => {
  it('finds emails but not the brand’s own or role mailboxes', () => {
    expect(found('email', 'écrivez à jean.dupont@gmail.com ou presse@brandtruc.fr ou support@acme.com')).toEqual(['jean.dupont@gmail.com']);
  });

  it('finds emails spelled out to get past filters, and still knows the brand’s own', () => {
    expect(found('email', 'jean (at) gmail (dot) com, paul[at]free[dot]fr, marie arobase orange point fr')).toEqual([
      'jean (at) gmail (dot) com',
      'paul[at]free[dot]fr',
      'marie arobase orange point fr',
    ]);
    expect(found('email', 'write to john at gmail dot com')).toEqual(['john at gmail dot com']);
    expect(found('email', 'presse (at) brandtruc (dot) fr, support [at] acme [dot] com')).toEqual([]);
    expect(found('email', 'Look at this dot com bubble. Meet us at the store.')).toEqual([]);
  });

  it('finds French, international and North American phone numbers', () => {
    expect(found('phone', 'rappelez Mme au 06 12 34 56 78')).toEqual(['06 12 34 56 78']);
    expect(found('phone', 'call me on +44 7700 900123')).toEqual(['+44 7700 900123']);
    expect(found('phone', 'my cell is (415) 555-2671')).toEqual(['(415) 555-2671']);
  });

  it('allows the brand’s numbers, service and toll-free numbers, and numbers the sentence gives as the company’s', () => {
    expect(found('phone', 'Notre service client au 09 70 80 90 00')).toEqual([]);
    expect(found('phone', 'or +33 9 70 80 90 00')).toEqual([]);
    expect(found('phone', 'Numéro vert 0 800 123 456, or 1-800-275-2273')).toEqual([]);
    expect(found('phone', 'Appelez-nous au 01 23 45 67 89')).toEqual([]);
  });

  it('does not take dates, prices or amounts for phone numbers', () => {
    expect(found('phone', 'le 12/03/2025, 1 299 €, 2 000 000 ans')).toEqual([]);
  });

  it('finds IBANs by checksum', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
    expect(found('iban', 'virement sur FR76 3000 6000 0112 3456 7890 189 svp')).toEqual(['FR76 3000 6000 0112 3456 7890 189']);
  });

  it('finds Luhn-valid card numbers and last digits', () => {
    expect(isLuhnValid('4242424242424242')).toBe(true);
    expect(found('card', 'carte 4242 4242 4242 4242')).toEqual(['4242 4242 4242 4242']);
    expect(found('card', 'the card ending 4417 was charged')).toEqual(['card ending 4417']);
    expect(found('card', 'carte se terminant par 1234')).toEqual(['se terminant par 1234']);
    expect(found('card', 'commande 1234 5678 9012 3456')).toEqual([]);
  });

  it('finds order, parcel and withdrawal codes after their keyword, and carrier formats', () => {
    expect(found('order_code', 'votre commande n° 458712963 est partie')).toEqual(['458712963']);
    expect(found('order_code', 'le bon code de retrait est le 482913')).toEqual(['482913']);
    expect(found('order_code', 'tracking 1Z999AA10123456784 and LA123456789FR')).toEqual(['1Z999AA10123456784', 'LA123456789FR']);
    expect(found('order_code', 'une commande de 1500 € et un retour sous 30 jours')).toEqual([]);
    expect(found('order_code', 'la référence 402-118 existe en 2 places')).toEqual([]);
  });

  it('finds account ids and SIRET numbers', () => {
    expect(found('account_id', 'votre identifiant client 1048872 est bloqué')).toEqual(['1048872']);
    expect(found('account_id', 'your customer ID is 4471-2290')).toEqual(['4471-2290']);
    expect(found('siret', 'SIRET 732 829 320 00074')).toEqual(['732 829 320 00074']);
  });

  it('finds postal addresses, except the brand’s own', () => {
    expect(found('postal_address', 'livré au 4 rue Victor Hugo, 69002 Lyon hier')).toEqual(['4 rue Victor Hugo, 69002 Lyon']);
    expect(found('postal_address', 'sent to 221 Baker Street, London')).toEqual(['221 Baker Street, London']);
    expect(found('postal_address', 'notre boutique du 12 rue du Commerce')).toEqual([]);
  });

  it('finds named third persons but not the person greeted', () => {
    expect(found('third_person', 'Notre livreur Kevin Martin est passé')).toEqual(['Notre livreur Kevin Martin']);
    expect(found('third_person', 'la gagnante est Sophie Marchal, de Dijon')).toEqual(['Sophie Marchal']);
    expect(found('third_person', 'Bonjour Sophie Marchal, merci !')).toEqual([]);
    expect(found('third_person', 'nous transmettrons à Karim, qui livre le secteur')).toEqual(['Karim']);
  });
});
