// The content script on Facebook, X and LinkedIn, and where CMs also answer for them: messenger.com, twitter.com, X Pro
// (pro.x.com); Meta Business Suite is business.facebook.com. Starts Gardefou on the page and stops it when the extension goes away.
import { startGardefouPage } from '../lib/page/boxes/content-controller';

export default defineContentScript({
  matches: [
    'https://*.facebook.com/*',
    'https://*.messenger.com/*',
    'https://x.com/*',
    'https://pro.x.com/*',
    'https://twitter.com/*',
    'https://*.linkedin.com/*',
  ],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const page = startGardefouPage(window);
    ctx.onInvalidated(page.stop);
  },
});
