// Badge and card placement on every fixture box, in a French browser on the French pages (the scenario: placement-scenario.ts).
import { test } from './harness';
import { definePlacementTests } from './placement-scenario';

test.use({ extensionBrowser: { lang: 'fr' } });

definePlacementTests('fr');
