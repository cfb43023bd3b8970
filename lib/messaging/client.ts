/**
 * SEAM (uses the extension API): how popup and options talk to the background. Wraps the request
 * in the protocol Envelope and turns an `{ok:false}` reply into a thrown Error, so callers just
 * `await sendMessage('index/status', {})`. (The content script sends through the API it captured
 * itself: entrypoints/scan/extension-api.ts.)
 */
import { browser } from 'wxt/browser';
import { envelopeSender } from './envelope-sender';

export const sendMessage = envelopeSender((message) => browser.runtime.sendMessage(message));
