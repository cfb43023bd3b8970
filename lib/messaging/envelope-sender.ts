/**
 * A protocol request over any runtime.sendMessage (pure): wraps it in the Envelope and turns an
 * `{ok:false}` reply into a thrown Error. The extension pages pass the polyfill's (client.ts), the
 * content script the native API it captured (entrypoints/scan/extension-api.ts).
 */
import type { Envelope, MessageType, Request, Response } from './protocol';
import { unwrapReply } from './reply';

export type SendEnvelope = <K extends MessageType>(type: K, payload: Request<K>) => Promise<Response<K>>;

export function envelopeSender(send: (message: unknown) => Promise<unknown>): SendEnvelope {
  return async (type, payload) => {
    const envelope: Envelope<typeof type> = { type, payload };
    return unwrapReply(await send(envelope));
  };
}
