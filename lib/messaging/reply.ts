/** The reply shape shared by the background router and the client (pure). */
import type { Reply } from './protocol';

export function okReply<T>(value: T): Reply<T> {
  return { ok: true, value };
}

export function errorReply(error: string): Reply<never> {
  return { ok: false, error };
}

export function isReply(x: unknown): x is Reply<unknown> {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as { ok?: unknown; error?: unknown };
  return r.ok === true || (r.ok === false && typeof r.error === 'string');
}

/** Unwraps a reply: the value, or a thrown Error carrying the background's message. */
export function unwrapReply<T>(reply: unknown): T {
  if (!isReply(reply)) throw new Error('No valid reply from the Backstory background');
  if (!reply.ok) throw new Error(reply.error);
  // Chrome serializes messages as JSON: a `value: undefined` (void handlers) arrives missing.
  return reply.value as T;
}
