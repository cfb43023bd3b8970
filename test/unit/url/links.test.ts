import { describe, expect, it } from 'vitest';
import { safeHttpsUrl, shownHost, urlLabel } from '@/lib/url/links';

describe('safeHttpsUrl', () => {
  it('lets only https URLs without credentials through', () => {
    expect(safeHttpsUrl('https://meduza.io/feature/2025/11/26/x')).toBe('https://meduza.io/feature/2025/11/26/x');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'http://meduza.io/', 'data:text/html,x', '//meduza.io', 'not a url', ' https://', 'https://u:p@meduza.io/', 42])
      expect(safeHttpsUrl(bad), String(bad)).toBeNull();
  });
});

describe('urlLabel', () => {
  it('labels a URL by host and decoded path', () => {
    expect(urlLabel('https://www.example.org/')).toEqual({ host: 'example.org', path: '' });
    expect(urlLabel('https://news.liga.net/en/politics/%D0%97%D0%B0/')).toEqual({ host: 'news.liga.net', path: '/en/politics/За' });
    expect(urlLabel('https://x.org/%E0%A4%A')).toEqual({ host: 'x.org', path: '/%E0%A4%A' });
    expect(urlLabel('not a url')).toBeNull();
  });

  it('shows the host the link goes to, whatever a percent-encoded path spells', () => {
    // Decoded, the path is a right-to-left override and a reversed "https://www.bloomberg.com":
    // shown as it was, the line would read as a Bloomberg address.
    const url = 'https://evil.example/%E2%80%AEmoc.grebmoolb.www//:sptth';
    const label = urlLabel(url)!;
    expect(label.host).toBe('evil.example');
    expect(shownHost(url)).toBe(new URL(url).hostname);
    // The override stays visible, encoded, as browsers show it in an address.
    expect(label.path).toBe('/%E2%80%AEmoc.grebmoolb.www//:sptth');
    expect(label.path).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('never decodes a path into another host or into controls', () => {
    for (const url of ['https://evil.example/%2F%2Fwww.bloomberg.com', 'https://evil.example/a%0Ab%00c%E2%81%A6d%E2%80%8B', 'https://evil.example/%40www.bloomberg.com']) {
      const label = urlLabel(url)!;
      expect(label.host).toBe('evil.example');
      expect(label.path).not.toMatch(/[\u0000-\u001f\u200b\u2066-\u2069]/);
    }
    expect(urlLabel('https://evil.example/a%0Ab%E2%81%A6')!.path).toBe('/a%0Ab%E2%81%A6');
    // An internationalised host is shown in the form the browser goes to.
    expect(urlLabel('https://xn--80ak6aa92e.com/')!.host).toBe('xn--80ak6aa92e.com');
    expect(urlLabel('https://аррӏе.com/')!.host).toBe('xn--80ak6aa92e.com');
  });
});
