// Which adapter a host gets, and which pages are private whatever the box looks like.
import { describe, expect, it } from 'vitest';
import { platformAdapterFor } from '../../../lib/page/platforms/index';
import { isOnDomain, isUnderPath, siteAdapterFor } from '../../../lib/page/platforms/site-adapter';
import { xAdapter } from '../../../lib/page/platforms/x';

describe('platformAdapterFor', () => {
  it('maps each site and its subdomains to its adapter', () => {
    expect(platformAdapterFor('www.facebook.com')?.id).toBe('facebook');
    expect(platformAdapterFor('facebook.com')?.id).toBe('facebook');
    expect(platformAdapterFor('web.facebook.com')?.id).toBe('facebook');
    expect(platformAdapterFor('www.messenger.com')?.id).toBe('facebook');
    expect(platformAdapterFor('x.com')?.id).toBe('x');
    expect(platformAdapterFor('twitter.com')?.id).toBe('x');
    expect(platformAdapterFor('www.linkedin.com')?.id).toBe('linkedin');
    expect(platformAdapterFor('WWW.LINKEDIN.COM.')?.id).toBe('linkedin');
  });

  it('gives look-alike and unknown hosts no site adapter', () => {
    expect(platformAdapterFor('notfacebook.com')).toBeNull();
    expect(platformAdapterFor('facebook.com.evil.example')).toBeNull();
    expect(platformAdapterFor('box.com')).toBeNull();
    expect(platformAdapterFor('linkedin.co')).toBeNull();
    expect(platformAdapterFor('')).toBeNull();
  });
});

describe('siteAdapterFor', () => {
  it("gives a content script's one adapter on its own hosts only: elsewhere the page has the fallback alone", () => {
    expect(siteAdapterFor('pro.x.com', [xAdapter])).toBe(xAdapter);
    expect(siteAdapterFor('www.linkedin.com', [xAdapter])).toBeNull();
  });
});

describe('isOnDomain', () => {
  it('accepts the domain and its subdomains only', () => {
    expect(isOnDomain('m.facebook.com', ['facebook.com'])).toBe(true);
    expect(isOnDomain('evilfacebook.com', ['facebook.com'])).toBe(false);
  });
});

describe('private pages from the URL path', () => {
  const privatePath = (hostname: string, pathname: string) => platformAdapterFor(hostname)?.isPrivatePath(pathname, hostname);

  it('Messenger, X DMs and LinkedIn messaging are private', () => {
    expect(privatePath('www.facebook.com', '/messages/t/100012345678901')).toBe(true);
    expect(privatePath('www.messenger.com', '/t/123')).toBe(true);
    expect(privatePath('x.com', '/i/chat/123')).toBe(true);
    expect(privatePath('x.com', '/i/chat')).toBe(true);
    expect(privatePath('x.com', '/messages/123-456')).toBe(true);
    expect(privatePath('www.linkedin.com', '/messaging/thread/2-ZmQ3NjI4/')).toBe(true);
  });

  it('feeds, posts and profiles are not, even when a path segment starts alike', () => {
    expect(privatePath('www.facebook.com', '/')).toBe(false);
    expect(privatePath('www.facebook.com', '/brandtruc/posts/2')).toBe(false);
    expect(privatePath('www.facebook.com', '/messagesfromthefounder')).toBe(false);
    expect(privatePath('x.com', '/brandtruc/status/1')).toBe(false);
    expect(privatePath('x.com', '/i/chatbots')).toBe(false);
    expect(privatePath('x.com', '/home')).toBe(false);
    expect(privatePath('www.linkedin.com', '/feed/')).toBe(false);
  });

  it('isUnderPath matches whole segments, with or without a trailing slash', () => {
    expect(isUnderPath('/messaging', ['/messaging/'])).toBe(true);
    expect(isUnderPath('/messaging/thread/1/', ['/messaging'])).toBe(true);
    expect(isUnderPath('/messaging-tips', ['/messaging'])).toBe(false);
  });
});
