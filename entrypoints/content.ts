// The content script on Facebook, X and LinkedIn: starts Gardefou on the page and stops it when the extension goes away.
import { startGardefouPage } from '../lib/page/boxes/content-controller';

export default defineContentScript({
  matches: ['https://*.facebook.com/*', 'https://x.com/*', 'https://*.linkedin.com/*'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const page = startGardefouPage(window);
    ctx.onInvalidated(page.stop);
  },
});
