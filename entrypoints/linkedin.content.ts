// The content script on LinkedIn (the feed, messaging, a Page's admin view). Each site family has its own content script
// carrying only its own adapter, so a tab parses no other site's (issue 14).
import { startGardefouPage } from '../lib/page/boxes/content-controller';
import { linkedinAdapter } from '../lib/page/platforms/linkedin';

export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const page = startGardefouPage(window, linkedinAdapter);
    ctx.onInvalidated(page.stop);
  },
});
