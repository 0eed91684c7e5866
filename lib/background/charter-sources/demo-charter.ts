// The Brandtruc demo charter, bundled into the background so the options page and the demo can switch to it offline.
import brandtruc from '../../../charters/brandtruc.json';

export const DEMO_CHARTER_FILE = 'charters/brandtruc.json';
export const DEMO_CHARTER_TEXT = JSON.stringify(brandtruc);
