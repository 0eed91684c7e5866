// The charter in force when a manager never distributed one: no brand rules, so the built-in FR/EN packs alone apply.
import type { CharterInput } from '../../core/charter/schema';

export const BUILTIN_CHARTER: CharterInput = {
  schemaVersion: 1,
  id: 'gardefou-builtin',
  version: '1',
  updatedAt: '2026-01-01',
  brand: { name: 'Gardefou', languages: ['fr', 'en'], platforms: ['facebook', 'x', 'linkedin'] },
  paths: [],
  phrasings: [],
  rules: [],
};

export const BUILTIN_CHARTER_TEXT = JSON.stringify(BUILTIN_CHARTER);
