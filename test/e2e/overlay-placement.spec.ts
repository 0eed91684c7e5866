// Badge and card placement on every fixture box, in an English browser (the scenario: placement-scenario.ts).
import { definePlacementTests } from './placement-scenario';

definePlacementTests('en');
