/**
 * Every message of the protocol (lib/messaging/protocol.ts), each with a well-formed payload
 * that would change something or reveal something if it were obeyed: an attacker's full list.
 */
import type { MessageType } from '../../../lib/messaging/protocol';
import { BRIDGE_ID, BRIDGE_SOURCE } from './attack-index';

export function everyMessage(tabId: number): { type: MessageType; payload: unknown }[] {
  const all: Record<MessageType, unknown> = {
    'page/scan': {
      url: BRIDGE_SOURCE,
      title: 'Bridge',
      text: 'The Ports Board closed the Quillhaven Harbour Bridge for repairs after inspectors found cracked cables.',
      links: [],
    },
    'page/clear': { url: BRIDGE_SOURCE },
    'page/highlighter': {},
    'tab/get': { tabId, rescan: true },
    'index/search': { query: 'Quillhaven' },
    'index/status': {},
    'event/get': { id: BRIDGE_ID },
    'settings/get': {},
    'settings/set': { highlights: true, dismissed: [BRIDGE_ID] },
    'event/dismiss': { id: BRIDGE_ID, dismissed: true },
    'sites/get': {},
    'sites/sync': {},
    'feeds/list': {},
    'feeds/prepare': { url: 'https://feeds.example.com/feed.json' },
    'feeds/subscribe': { url: 'https://feeds.example.com/feed.json', publicKey: 'not a key' },
    'feeds/update': { id: 'bundled' },
    'feeds/pause': { id: 'bundled', paused: true },
    'feeds/remove': { id: 'bundled' },
  };
  return Object.entries(all).map(([type, payload]) => ({ type: type as MessageType, payload }));
}

/** What one attempt came to, as the attacker saw it. */
export interface Attempt {
  type: string;
  /** The call threw or its promise rejected (no receiver, not allowed). */
  refused?: string;
  /** The reply, when there was one. */
  reply?: unknown;
}

/** A reply that would mean the message was obeyed: `{ ok: true, ... }`. */
export function obeyed(a: Attempt): boolean {
  return typeof a.reply === 'object' && a.reply !== null && (a.reply as { ok?: unknown }).ok === true;
}
