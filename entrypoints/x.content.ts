// The content script on X: x.com, X Pro's deck (pro.x.com) and twitter.com, which still serves links shared before the
// rename. Each site family has its own content script carrying only its own adapter, so a tab parses no other site's (issue 14).
import { startGardefouPage } from '../lib/page/boxes/content-controller';
import { xAdapter } from '../lib/page/platforms/x';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://pro.x.com/*', 'https://twitter.com/*'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const page = startGardefouPage(window, xAdapter);
    ctx.onInvalidated(page.stop);
  },
});
