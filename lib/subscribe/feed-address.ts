/**
 * Which feed addresses a reader may subscribe to (pure). One rule for the options page's form and
 * for feeds that pages announce: https, or plain http only on this machine (127.0.0.1, localhost:
 * for testing a feed before it is published). No user name or password in the address.
 */

/** Longest feed address accepted (a manifest URL; real ones are far shorter). */
export const MAX_FEED_ADDRESS = 2_048;

export type FeedAddressProblem = 'empty' | 'invalid' | 'scheme' | 'credentials' | 'too-long';

export type FeedAddress =
  | {
      ok: true;
      /** The address as the URL parser writes it. */
      url: string;
      /** The host permission that fetching it needs ("https://feeds.example.org/*": every port). */
      permission: string;
    }
  | { ok: false; problem: FeedAddressProblem };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function checkFeedAddress(text: string): FeedAddress {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (trimmed.length > MAX_FEED_ADDRESS) return { ok: false, problem: 'too-long' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return { ok: false, problem: 'scheme' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  url.hash = ''; // never sent to the server anyway
  if (url.href.length > MAX_FEED_ADDRESS) return { ok: false, problem: 'too-long' };
  return { ok: true, url: url.href, permission: `${url.protocol}//${url.hostname}/*` };
}
