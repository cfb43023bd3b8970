import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, type Handlers, type MessageSender } from '@/entrypoints/background/router';
import { MESSAGE_TYPES } from '@/lib/messaging/validate';
import type { MessageType } from '@/lib/messaging/protocol';

const EXT = 'chrome-extension://test-extension-id/';
const popup: MessageSender = { id: 'test-extension-id', url: `${EXT}popup.html` };
const popupInTab: MessageSender = { id: 'test-extension-id', url: `${EXT}popup.html?q=x&tabId=3`, tab: { id: 9 } as never };
const content: MessageSender = { id: 'test-extension-id', url: 'https://news.example.org/a', tab: { id: 3 } as never, frameId: 0 };
const page = { url: 'https://news.example.org/a', title: 'T', text: 'Text', links: [] };

let calls: MessageType[];
function handlers(): Handlers {
  const h = {} as Record<MessageType, (p: unknown, s: unknown) => unknown>;
  for (const type of MESSAGE_TYPES) {
    h[type] = vi.fn(async () => {
      calls.push(type);
      return type === 'page/clear' ? undefined : { handled: type };
    });
  }
  return h as unknown as Handlers;
}

beforeEach(() => {
  calls = [];
  const route = createRouter(handlers(), { runtimeId: fakeBrowser.runtime.id, extensionBase: fakeBrowser.runtime.getURL('') });
  fakeBrowser.runtime.onMessage.addListener((msg: unknown, sender: unknown) => route(msg, sender as MessageSender));
});

async function send(message: unknown, sender: MessageSender) {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return reply as unknown as { ok: boolean; value?: unknown; error?: string };
}

describe('router: who may send what', () => {
  it('lets the content script send page/scan, page/clear and page/highlighter for its tab', async () => {
    expect(await send({ type: 'page/scan', payload: page }, content)).toEqual({ ok: true, value: { handled: 'page/scan' } });
    expect(await send({ type: 'page/clear', payload: { url: page.url } }, content)).toEqual({ ok: true, value: null });
    expect(await send({ type: 'page/highlighter', payload: {} }, content)).toEqual({ ok: true, value: { handled: 'page/highlighter' } });
    expect(await send({ type: 'page/highlighter', payload: {} }, popup)).toMatchObject({ ok: false, error: expect.stringMatching(/^forbidden/) });
  });

  it.each(MESSAGE_TYPES.filter((t) => !t.startsWith('page/')))('refuses %s from a content script', async (type) => {
    const payload = type === 'tab/get' ? { tabId: 3 } : type === 'event/get' ? { id: 'x' } : type === 'index/search' ? { query: 'x' } : type === 'event/dismiss' ? { id: 'x', dismissed: true } : {};
    const reply = await send({ type, payload }, content);
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/^forbidden/);
    expect(calls).toEqual([]);
  });

  it('lets extension pages (also opened in a tab) send the rest, but not page/*', async () => {
    expect(await send({ type: 'settings/set', payload: { highlights: true } }, popup)).toMatchObject({ ok: true });
    expect(await send({ type: 'index/search', payload: { query: 'x' } }, popupInTab)).toMatchObject({ ok: true });
    expect(await send({ type: 'page/scan', payload: page }, popup)).toMatchObject({ ok: false, error: expect.stringMatching(/^forbidden/) });
    expect(calls).toEqual(['settings/set', 'index/search']);
  });

  it.each<[string, MessageSender]>([
    ['another extension', { ...popup, id: 'other-extension' }],
    ['another extension\'s page', { id: 'test-extension-id', url: 'chrome-extension://other/popup.html' }],
    ['a sender without URL', { id: 'test-extension-id' }],
    ['a content script in a frame', { ...content, frameId: 2 }],
    ['a content script on a non-web page', { ...content, url: 'file:///home/me/a.html' }],
    ['a content script whose origin does not match its URL', { ...content, origin: 'https://evil.example' }],
    ['an extension page with a foreign origin', { ...popup, origin: 'https://evil.example' }],
    ['a web page (no extension id)', { url: 'https://news.example.org/a', tab: { id: 3 } as never }],
  ])('rejects %s', async (_label, sender) => {
    const reply = await send({ type: 'page/scan', payload: page }, sender);
    const reply2 = await send({ type: 'settings/set', payload: { highlights: true } }, sender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^forbidden/) });
    expect(reply2).toMatchObject({ ok: false, error: expect.stringMatching(/^forbidden/) });
    expect(calls).toEqual([]);
  });
});

describe('router: validation', () => {
  it.each([
    ['a string', 'page/scan'],
    ['an unknown type', { type: 'feed/subscribe', payload: { url: 'https://evil.example/' } }],
    ['a bad payload', { type: 'page/scan', payload: { ...page, text: 5 } }],
    ['huge text', { type: 'page/scan', payload: { ...page, text: 'x'.repeat(300_000) } }],
  ])('answers %s with an error and calls no handler', async (_label, message) => {
    const reply = await send(message, content);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid/) });
    expect(calls).toEqual([]);
  });

  it('turns a handler\'s exception into an error reply', async () => {
    const h = handlers();
    h['settings/get'] = () => {
      throw new Error('storage broke');
    };
    const route = createRouter(h, { runtimeId: fakeBrowser.runtime.id, extensionBase: fakeBrowser.runtime.getURL('') });
    await expect(route({ type: 'settings/get', payload: {} }, popup)).resolves.toEqual({ ok: false, error: 'storage broke' });
  });
});
