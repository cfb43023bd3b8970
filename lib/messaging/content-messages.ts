/**
 * Reads a background -> content script message (pure). The sender is checked by the content
 * script (our own background only); this checks the shape so a malformed message is ignored.
 */
import type { FoundEvent } from '../domain/event';
import type { ContentEnvelope } from './protocol';

function isFoundEventLike(x: unknown): x is FoundEvent {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Partial<Record<keyof FoundEvent, unknown>>;
  return typeof e.id === 'string' && typeof e.title === 'string' && Array.isArray(e.evidence) && Array.isArray(e.sources);
}

export function readContentMessage(message: unknown): ContentEnvelope | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (type === 'content/stop') return { type, payload: {} };
  if (type !== 'content/update' && type !== 'content/scanned') return null;
  if (typeof payload !== 'object' || payload === null) return null;
  const { events, highlights, watch } = payload as { events?: unknown; highlights?: unknown; watch?: unknown };
  if (!Array.isArray(events) || !events.every(isFoundEventLike) || typeof highlights !== 'boolean') return null;
  if (type === 'content/update') return { type, payload: { events, highlights } };
  return typeof watch === 'boolean' ? { type, payload: { events, highlights, watch } } : null;
}
