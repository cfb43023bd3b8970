/**
 * How a feed's bytes are fetched. loadFeed is given a transport: the extension and `index verify`
 * for a URL use fetchTransport (below); `index verify` for a folder uses a file transport
 * (lib/cli/file-transport.ts). A transport stops reading past maxBytes (too-large) and turns
 * every network failure into FeedError('unreachable').
 */
import { FeedError, problems } from './problems';

export { FeedError } from './problems';

export type FetchAnswer =
  | { status: 200; bytes: Uint8Array; etag?: string; lastModified?: string }
  | { status: 304 };

export interface GetOptions {
  maxBytes: number;
  etag?: string;
  lastModified?: string;
}

export interface FeedTransport {
  /** Throws FeedError('unreachable' | 'too-large', ...); must stop reading past maxBytes. */
  get(url: string, opts: GetOptions): Promise<FetchAnswer>;
}

export interface FetchTransportOptions {
  /** Give up on one request after this long (default 20 s: Chrome ends a worker's fetch at 30 s). */
  timeoutMs?: number;
  /** For tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * fetch() without cookies, referrer or cache tricks: every reader's request for a feed is the same.
 * The conditional headers are sent only when the caller has them (a 304 then costs no parsing).
 */
export function fetchTransport(options: FetchTransportOptions = {}): FeedTransport {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    async get(url, opts) {
      const headers: Record<string, string> = {};
      if (opts.etag !== undefined) headers['If-None-Match'] = opts.etag;
      if (opts.lastModified !== undefined) headers['If-Modified-Since'] = opts.lastModified;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        let response: Response;
        try {
          response = await doFetch(url, {
            method: 'GET',
            headers,
            credentials: 'omit',
            referrerPolicy: 'no-referrer',
            cache: 'no-store',
            redirect: 'follow',
            signal: controller.signal,
          });
        } catch (error) {
          throw new FeedError(problems.unreachable(url, controller.signal.aborted ? `no answer within ${Math.round(timeoutMs / 1000)} s` : errorText(error)));
        }
        if (response.status === 304) {
          await response.body?.cancel().catch(() => undefined);
          return { status: 304 };
        }
        if (response.status !== 200) {
          await response.body?.cancel().catch(() => undefined);
          throw new FeedError(problems.unreachable(url, `HTTP ${response.status}`));
        }
        const declared = Number(response.headers.get('Content-Length') ?? NaN);
        if (Number.isFinite(declared) && declared > opts.maxBytes) {
          await response.body?.cancel().catch(() => undefined);
          throw new FeedError(problems.tooLarge(pathOf(url), opts.maxBytes, declared));
        }
        const bytes = await readCapped(response, url, opts.maxBytes, controller, timeoutMs);
        const answer: FetchAnswer = { status: 200, bytes };
        const etag = response.headers.get('ETag');
        const lastModified = response.headers.get('Last-Modified');
        if (etag !== null) answer.etag = etag;
        if (lastModified !== null) answer.lastModified = lastModified;
        return answer;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Reads the body chunk by chunk and stops as soon as it passes maxBytes. */
async function readCapped(response: Response, url: string, maxBytes: number, controller: AbortController, timeoutMs: number): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new FeedError(problems.tooLarge(pathOf(url), maxBytes));
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    const detail = controller.signal.aborted ? `no complete answer within ${Math.round(timeoutMs / 1000)} s` : `connection broken: ${errorText(error)}`;
    throw new FeedError(problems.unreachable(url, detail));
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').slice(0, 200) || 'network error';
}

/** The part of a feed URL a message names: the file within the feed folder when it is one. */
export function pathOf(url: string): string {
  const m = /(?:^|\/)((?:shards\/)?[^/?#]+)(?:[?#].*)?$/.exec(url);
  return m?.[1] ?? url;
}
