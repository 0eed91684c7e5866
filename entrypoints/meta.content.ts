// The content script on Meta's sites: Facebook, Messenger on its own domain, and Meta Business Suite (business.facebook.com).
// Each site family has its own content script carrying only its own adapter, so a tab parses no other site's (issue 14).
import { startGardefouPage } from '../lib/page/boxes/content-controller';
import { facebookAdapter } from '../lib/page/platforms/facebook';

export default defineContentScript({
  matches: ['https://*.facebook.com/*', 'https://*.messenger.com/*'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const page = startGardefouPage(window, facebookAdapter);
    ctx.onInvalidated(page.stop);
  },
});
