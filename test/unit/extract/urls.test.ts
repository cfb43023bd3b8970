// The URLs the page reader keeps (links, canonical): absolute http(s) only, fragment dropped when
// asked, exactly as the URL standard's own `url.hash = ''` would leave them.
import { describe, expect, it } from 'vitest';
import { resolveHttpUrl } from '../../../lib/extract/urls';

const BASE = 'https://news.example.com/world/story.html?id=7#top';

/** The reference: the URL API itself, setting the fragment to nothing (an empty link is none). */
function reference(href: string, base: string | undefined): string | undefined {
  if (href.trim() === '') return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(href.trim()) : new URL(href.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  return url.href;
}

const HREFS = [
  '/city/0',
  '#comments',
  '',
  '?page=2#x',
  'https://example.org/a#b#c',
  'https://example.org/a?q=%23x#frag',
  'https://example.org/a?q=#x',
  'https://example.org/path#',
  'HTTPS://EXAMPLE.ORG/Upper',
  'http://example.org:80/default-port',
  'https://user:p%23w@example.org/p',
  'https://example.org/a b#c d',
  '  https://example.org/spaced  ',
  '//example.com/protocol-relative#f',
  'mailto:desk@example.org',
  'javascript:alert(1)',
  'ftp://example.org/file',
  'https://[::1]:8080/ip#v6',
  'https://bücher.example/straße#ß',
  'http://',
];

describe('resolveHttpUrl', () => {
  it('drops the fragment exactly as the URL API does, for relative and absolute links', () => {
    for (const href of HREFS) {
      for (const base of [BASE, undefined]) {
        expect(resolveHttpUrl(href, base, true), `${href} on ${base ?? 'no base'}`).toBe(reference(href, base));
      }
    }
  });

  it('keeps the fragment unless asked, and keeps only http(s)', () => {
    expect(resolveHttpUrl('#comments', BASE)).toBe('https://news.example.com/world/story.html?id=7#comments');
    expect(resolveHttpUrl('/a?q=%23x#f', BASE, true)).toBe('https://news.example.com/a?q=%23x');
    expect(resolveHttpUrl('mailto:desk@example.org', BASE)).toBeUndefined();
    expect(resolveHttpUrl('HTTPS://EXAMPLE.ORG/Upper#x', undefined, true)).toBe('https://example.org/Upper');
  });
});
