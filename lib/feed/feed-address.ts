/**
 * The one rule for a feed's or mirror's address (pure, no imports: the content script uses it
 * for feeds a page announces, the options page and worker for subscriptions, the feed validator
 * for mirrors).
 */

/** A feed or mirror URL: https, or http on this computer only (for testing). */
export function isAllowedFeedUrl(value: string): boolean {
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return url.hostname !== '';
  return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
}
