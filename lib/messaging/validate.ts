/**
 * Runtime validators for every message the background accepts (pure: no browser API).
 * A message from a content script comes from a page we do not trust, so every field has a type
 * and a size cap; anything else is rejected with a short reason before any handler runs.
 */
import * as v from 'valibot';
import type { PagePayload } from '../domain/page';
import type { Envelope, MessageType, Request } from './protocol';
import { FEED_KEY_FORM, MAX_FEED_KEY, MAX_FEED_LINKS, MAX_FEED_TITLE, MAX_FEED_URL } from '../extract/feed-links';
import { checkFeedUrl } from '../feeds/feed-url';

import { MAX_DISMISSED, MAX_ID, MAX_KEY_TEXT, MAX_LINKS, MAX_QUERY, MAX_TEXT, MAX_TITLE, MAX_URL } from './limits';

// The limits are also exported from here, where they are checked.
export { MAX_DISMISSED, MAX_ID, MAX_KEY_TEXT, MAX_LINKS, MAX_QUERY, MAX_TEXT, MAX_TITLE, MAX_URL, PAGE_TEXT_CAP } from './limits';

const url = v.pipe(v.string(), v.maxLength(MAX_URL, 'URL too long'));
const id = v.pipe(v.string(), v.minLength(1, 'empty id'), v.maxLength(MAX_ID, 'id too long'));
const empty = v.strictObject({});

/** A feed the page announces: what lib/extract/feed-links.ts produces, checked again here. */
const discoveredFeed = v.strictObject({
  url: v.pipe(
    v.string(),
    v.maxLength(MAX_FEED_URL, 'feed address too long'),
    v.check((s) => checkFeedUrl(s).ok, 'feed address must be https (http only on 127.0.0.1 or localhost)'),
  ),
  key: v.pipe(v.string(), v.minLength(1, 'empty key'), v.maxLength(MAX_FEED_KEY, 'key too long'), v.regex(FEED_KEY_FORM, 'key must be one printable word')),
  title: v.optional(v.pipe(v.string(), v.maxLength(MAX_FEED_TITLE * 2, 'feed title too long'))),
});

const pagePayload = v.strictObject({
  url,
  title: v.pipe(v.string(), v.maxLength(MAX_TITLE, 'title too long')),
  lang: v.optional(v.pipe(v.string(), v.maxLength(35))),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT, 'page text too long')),
  canonicalUrl: v.optional(url),
  published: v.optional(v.pipe(v.string(), v.maxLength(64))),
  links: v.pipe(v.array(url), v.maxLength(MAX_LINKS, 'too many links')),
  feeds: v.optional(v.pipe(v.array(discoveredFeed), v.maxLength(MAX_FEED_LINKS, 'too many feeds'))),
});

const schemas: { [K in MessageType]: v.GenericSchema<unknown, Request<K>> } = {
  'page/scan': pagePayload,
  'page/clear': v.strictObject({ url }),
  'page/highlighter': empty,
  'tab/get': v.strictObject({
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
    rescan: v.optional(v.boolean()),
  }),
  'index/search': v.strictObject({
    query: v.pipe(v.string(), v.maxLength(MAX_QUERY, 'query too long')),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  }),
  'index/status': empty,
  'event/get': v.strictObject({ id }),
  'settings/get': empty,
  'settings/set': v.strictObject({
    highlights: v.optional(v.boolean()),
    dismissed: v.optional(v.pipe(v.array(id), v.maxLength(MAX_DISMISSED, 'too many dismissed events'))),
  }),
  'event/dismiss': v.strictObject({ id, dismissed: v.boolean() }),
  'sites/get': empty,
  'sites/sync': empty,
  'feeds/list': empty,
  'feeds/prepare': v.strictObject({ url }),
  'feeds/subscribe': v.strictObject({
    url,
    publicKey: v.pipe(v.string(), v.minLength(1, 'empty key'), v.maxLength(MAX_KEY_TEXT, 'key too long')),
  }),
  'feeds/update': v.strictObject({ id }),
  'feeds/pause': v.strictObject({ id, paused: v.boolean() }),
  'feeds/remove': v.strictObject({ id }),
};

export const MESSAGE_TYPES = Object.keys(schemas) as MessageType[];

export function isMessageType(t: unknown): t is MessageType {
  return typeof t === 'string' && Object.prototype.hasOwnProperty.call(schemas, t);
}

export type Validated = { ok: true; envelope: Envelope } | { ok: false; error: string };

/** Checks the envelope shape, the type and the payload; returns a fresh, typed envelope. */
export function validateEnvelope(message: unknown): Validated {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return { ok: false, error: 'invalid: message is not an object' };
  }
  const keys = Object.keys(message);
  if (keys.length !== 2 || !keys.includes('type') || !keys.includes('payload')) {
    return { ok: false, error: 'invalid: expected exactly {type, payload}' };
  }
  const { type, payload } = message as { type: unknown; payload: unknown };
  if (!isMessageType(type)) return { ok: false, error: 'invalid: unknown message type' };
  return validatePayload(type, payload);
}

function validatePayload<K extends MessageType>(type: K, payload: unknown): Validated {
  // Every payload is a plain object: valibot's object schemas take an array for one (`[]` as `{}`).
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, error: `invalid: ${type}: payload is not an object` };
  }
  const result = v.safeParse(schemas[type], payload);
  if (!result.success) {
    const first = result.issues[0];
    const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `invalid: ${type}${path ? ` ${path}` : ''}: ${first.message}` };
  }
  const envelope: Envelope<K> = { type, payload: result.output };
  return { ok: true, envelope: envelope as unknown as Envelope };
}

/** Checks a page the one-click lookup got back from the content script, as 'page/scan' is checked. */
export function validatePage(page: unknown): { ok: true; page: PagePayload } | { ok: false; error: string } {
  const checked = validatePayload('page/scan', page);
  return checked.ok ? { ok: true, page: checked.envelope.payload as PagePayload } : checked;
}
