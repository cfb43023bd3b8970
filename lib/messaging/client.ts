/**
 * SEAM (uses the extension API): how popup, options and the content script talk to the
 * background. Wraps the request in the protocol Envelope and turns an `{ok:false}` reply into a
 * thrown Error, so callers just `await sendMessage('index/status', {})`.
 */
import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Request, Response } from './protocol';
import { unwrapReply } from './reply';

export async function sendMessage<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { type, payload };
  const reply: unknown = await browser.runtime.sendMessage(envelope);
  return unwrapReply<Response<K>>(reply);
}
