/** What the options page says about a feed (pure): one status line, and a problem in plain words. */
import type { FeedProblemCode } from '@/lib/feed/problems';
import type { FeedStatus } from '@/lib/domain/feed-status';
import { t, type MessageKey } from '@/lib/i18n/i18n';

const PROBLEM_KEYS: Record<FeedProblemCode, MessageKey> = {
  unreachable: 'feedProblemUnreachable',
  signature: 'feedProblemSignature',
  'wrong-key': 'feedProblemWrongKey',
  rollback: 'feedProblemRollback',
  expired: 'feedProblemExpired',
  invalid: 'feedProblemInvalid',
  'too-large': 'feedProblemTooLarge',
  'hash-mismatch': 'feedProblemHashMismatch',
  'storage-full': 'feedProblemStorageFull',
};

/** A problem in the reader's language; unknown codes (a newer background) fall back to a general line. */
export function problemText(code: FeedProblemCode): string {
  const key = Object.prototype.hasOwnProperty.call(PROBLEM_KEYS, code) ? PROBLEM_KEYS[code] : 'feedProblemOther';
  return t(key);
}

export type FeedTone = 'ok' | 'warn' | 'error';

/** The status line: the last error first, then paused, out of date, built in, up to date. */
export function feedStatusLine(feed: FeedStatus): { text: string; tone: FeedTone } {
  if (feed.error) return { text: t('feedStatusError', [problemText(feed.error.code)]), tone: 'error' };
  if (feed.paused) return { text: t('feedStatusPaused'), tone: 'warn' };
  if (feed.stale) return { text: t('feedStatusStale'), tone: 'warn' };
  if (feed.builtin) return { text: t('feedStatusBuiltin'), tone: 'ok' };
  if (feed.lastSuccess === undefined) return { text: t('feedStatusPending'), tone: 'ok' };
  return { text: t('feedStatusOk'), tone: 'ok' };
}
