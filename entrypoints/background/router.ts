/**
 * The background's one message router: checks who sent a message, validates it, runs the
 * handler and replies `{ok:true,value}` or `{ok:false,error}`. Nothing a page does can reach a
 * handler other than page/scan, page/clear and page/highlighter, and those only for the sending tab.
 */
import type { Browser } from 'wxt/browser';
import { errorReply, okReply } from '@/lib/messaging/reply';
import type { MessageType, Reply, Request, Response } from '@/lib/messaging/protocol';
import { isMessageType, MAX_URL, validateEnvelope } from '@/lib/messaging/validate';
import { isWebUrl, originOf } from '@/lib/url/identity';

export type MessageSender = Browser.runtime.MessageSender;

/** A content script in the top frame of a web page in tab `tabId`. */
export interface ContentSender {
  kind: 'content';
  tabId: number;
  url: string;
}
/** One of our own pages (popup, options; possibly open in a tab). */
export interface ExtensionSender {
  kind: 'extension';
  tabId?: number;
}
export type TrustedSender = ContentSender | ExtensionSender;

type Handler<K extends MessageType> = (payload: Request<K>, sender: TrustedSender) => Promise<Response<K>> | Response<K>;
export type Handlers = { [K in MessageType]: Handler<K> };

const CONTENT_TYPES: ReadonlySet<MessageType> = new Set<MessageType>(['page/scan', 'page/clear', 'page/highlighter']);

export interface RouterEnv {
  /** browser.runtime.id */
  runtimeId: string;
  /** browser.runtime.getURL('') */
  extensionBase: string;
}

/** Who sent this, or null when it is neither our content script nor one of our pages. */
export function classifySender(sender: MessageSender, env: RouterEnv): TrustedSender | null {
  if (sender.id !== env.runtimeId || typeof sender.url !== 'string') return null;
  const url = sender.url;
  if (url.startsWith(env.extensionBase)) {
    // Chrome also reports the origin; when it does, it must be ours too.
    if (sender.origin !== undefined && sender.origin !== originOf(env.extensionBase)) return null;
    return sender.tab?.id !== undefined ? { kind: 'extension', tabId: sender.tab.id } : { kind: 'extension' };
  }
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  if (!isWebUrl(url) || url.length > MAX_URL) return null;
  // Top frame only: the content script never runs in frames, so a frame sender is not ours.
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  if (sender.origin !== undefined && sender.origin !== 'null' && sender.origin !== originOf(url)) return null;
  return { kind: 'content', tabId, url };
}

export function createRouter(handlers: Handlers, env: RouterEnv) {
  return async function route(message: unknown, sender: MessageSender): Promise<Reply<unknown>> {
    const who = classifySender(sender, env);
    if (!who) return errorReply('forbidden: unknown sender');
    // Who may send this type is checked before its payload: a page learns nothing about the
    // payloads of messages it may not send.
    const claimed = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (isMessageType(claimed) && CONTENT_TYPES.has(claimed) !== (who.kind === 'content')) {
      return errorReply(`forbidden: ${claimed} from ${who.kind}`);
    }
    const checked = validateEnvelope(message);
    if (!checked.ok) return errorReply(checked.error);
    try {
      const value = await dispatch(handlers, checked.envelope.type, checked.envelope.payload, who);
      // JSON-safe: Chrome drops `undefined`, so void handlers reply null.
      return okReply(value === undefined ? null : value);
    } catch (err) {
      return errorReply(err instanceof Error ? err.message : String(err));
    }
  };
}

function dispatch<K extends MessageType>(
  handlers: Handlers,
  type: K,
  payload: Request<MessageType>,
  who: TrustedSender,
): Promise<Response<K>> | Response<K> {
  // The validator checked `payload` against the schema for `type`.
  return handlers[type](payload as Request<K>, who);
}
