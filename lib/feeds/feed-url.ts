/**
 * Which feed addresses the extension accepts, and the host permission that fetching one needs
 * (pure). https only; plain http only for 127.0.0.1 and localhost (a publisher testing locally).
 * Also the rule for feeds that pages announce (lib/extract/feed-links.ts).
 */
import { originPatternFor } from '../sites/site-access';
import { isAllowedFeedUrl } from '../feed/feed-address';


/** Why an address is refused, for a translated message in the UI (`message` is the English one). */
export type FeedUrlProblem = 'invalid' | 'credentials' | 'scheme';

export type FeedUrlCheck = { ok: true; url: string } | { ok: false; problem: FeedUrlProblem; message: string };

/** The feed address as the extension stores it (normalised by URL), or why it is not accepted. */
export function checkFeedUrl(text: string): FeedUrlCheck {
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    return { ok: false, problem: 'invalid', message: 'The feed address is not a web address.' };
  }
  if (u.username || u.password) {
    return { ok: false, problem: 'credentials', message: 'The feed address may not contain a user name or password.' };
  }
  // The feed format's one rule for feed and mirror addresses (lib/feed/feed-address.ts).
  if (isAllowedFeedUrl(u.href)) return { ok: true, url: withoutFragment(u) };
  if (u.protocol === 'http:') {
    return {
      ok: false,
      problem: 'scheme',
      message: 'The feed address must start with https:// (plain http only for 127.0.0.1 and localhost).',
    };
  }
  return { ok: false, problem: 'scheme', message: 'The feed address must start with https://.' };
}

function withoutFragment(u: URL): string {
  u.hash = '';
  return u.href;
}

/**
 * The host permission pattern to request before subscribing ("https://example.org/*"; match
 * patterns without a port cover every port). Null when the address is not accepted.
 */
export function feedPermissionPattern(url: string): string | null {
  const checked = checkFeedUrl(url);
  return checked.ok ? originPatternFor(checked.url) : null;
}
