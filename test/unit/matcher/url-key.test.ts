import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../lib/matcher/url-key';

describe('normalizeUrl', () => {
  it('treats scheme, www, fragment, trailing slash and tracking parameters as the same page', () => {
    const a = normalizeUrl('https://www.example.org/news/story/?utm_source=x&id=3#top');
    expect(normalizeUrl('http://example.org/news/story?id=3&fbclid=abc')).toBe(a);
  });
  it('keeps meaningful differences', () => {
    expect(normalizeUrl('https://example.org/a?id=3')).not.toBe(normalizeUrl('https://example.org/a?id=4'));
    expect(normalizeUrl('https://example.org/a')).not.toBe(normalizeUrl('https://example.com/a'));
  });
  it('rejects what is not a web URL', () => {
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
  });
});
