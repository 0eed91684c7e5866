// Escalation paths used when a charter names none for a category: the CM still sees which team owns the message.
import type { DefaultPath } from './types';

export const DEFAULT_PATHS: DefaultPath[] = [
  { id: 'sav', category: 'sav', label: { fr: 'Service client (SAV)', en: 'Customer service' }, secondPairOfEyes: false },
  { id: 'legal', category: 'legal', label: { fr: 'Juridique', en: 'Legal' }, secondPairOfEyes: true },
  { id: 'press', category: 'press', label: { fr: 'Presse / relations publiques', en: 'Press / PR' }, secondPairOfEyes: true },
  { id: 'partnership', category: 'partnership', label: { fr: 'Partenariats marketing', en: 'Marketing partnerships' }, secondPairOfEyes: false },
  { id: 'crisis', category: 'crisis', label: { fr: 'Cellule de crise', en: 'Crisis cell' }, secondPairOfEyes: true },
  { id: 'hr', category: 'hr', label: { fr: 'Ressources humaines', en: 'HR' }, secondPairOfEyes: false },
];
