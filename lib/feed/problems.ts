/**
 * What can go wrong with a feed, as data (a code the extension acts on) and as plain words (the
 * message the options page and `index verify` show). One place builds every message, so the
 * wording is the same wherever a problem is reported.
 */

export type FeedProblemCode =
  | 'unreachable'
  | 'signature'
  | 'wrong-key'
  | 'rollback'
  | 'expired'
  | 'invalid'
  | 'too-large'
  | 'hash-mismatch'
  | 'storage-full';

export interface FeedProblem {
  code: FeedProblemCode;
  /** Plain words, one line, for people ("signature does not match the feed's key"). */
  message: string;
  /** Where, when it is about one file or field: "feed.json", "shards/<sha256>.json: events[3].sources[1].url". */
  path?: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FeedProblem[] };

/** Thrown by transports (and caught by loadFeed, which turns it into a problem). */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(readonly problem: FeedProblem) {
    super(problem.message);
  }
}

export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
export const refused = <T>(...problems: FeedProblem[]): Checked<T> => ({ ok: false, problems });

function problem(code: FeedProblemCode, message: string, path?: string): FeedProblem {
  return path === undefined ? { code, message } : { code, message, path };
}

const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`;

/** The builders: every FeedProblem in lib/feed is made by one of these. */
export const problems = {
  unreachable: (url: string, detail: string): FeedProblem =>
    problem('unreachable', `unreachable: ${url} (${detail})`, url),
  signature: (path: string): FeedProblem =>
    problem('signature', `signature does not match: ${path} was not signed by the feed's key, or was changed after signing`, path),
  badSignatureFile: (path: string, detail: string): FeedProblem =>
    problem('signature', `signature does not match: ${path} ${detail}`, path),
  wrongKey: (keyId: string): FeedProblem =>
    problem('wrong-key', `signed by a key you did not subscribe with (${keyId}), and no key change signed by your key leads to it`, 'feed.json.sig'),
  brokenKeyChain: (path: string, detail: string): FeedProblem =>
    problem('wrong-key', `key change refused: ${detail}`, path),
  rollback: (version: number, installed: number): FeedProblem =>
    problem('rollback', `older than the installed version (version ${version}; version ${installed} is installed)`, 'feed.json'),
  expired: (expires: string): FeedProblem =>
    problem('expired', `expired on ${expires}: the publisher has not released a newer version`, 'feed.json'),
  invalid: (path: string, detail: string): FeedProblem => problem('invalid', `invalid at ${path}: ${detail}`, path),
  tooLarge: (path: string, limit: number, size?: number): FeedProblem =>
    problem(
      'too-large',
      size === undefined
        ? `too large: ${path} is over the limit of ${formatBytes(limit)}`
        : `too large: ${path} is ${formatBytes(size)}; the limit is ${formatBytes(limit)}`,
      path,
    ),
  hashMismatch: (path: string): FeedProblem =>
    problem('hash-mismatch', `changed on the server: ${path} does not match the hash the signed feed.json gives for it`, path),
  storageFull: (detail: string): FeedProblem => problem('storage-full', `storage full: ${detail}; the installed version keeps working`),
} as const;

/** One line per problem (what `index verify` prints). */
export function formatProblem(p: FeedProblem): string {
  return p.message.replace(/\s*\n\s*/g, ' ');
}
