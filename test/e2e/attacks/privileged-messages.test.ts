// Nobody but our own pages may use the privileged protocol: not another extension, not a web
// page, and not code in the content script's world (which may only send page/* for its own tab,
// and may not write the extension's storage itself: issue 9, point 2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentScriptWorld } from '../harness/cdp-worlds';
import { unpackedExtensionId } from '../harness/extension-id';
import { send } from '../harness/extension';
import { openArticle, waitForScan, type OpenedArticle } from '../harness/session';
import { BRIDGE_ID } from './attack-index';
import { useAttackSession } from './attack-session';
import { everyMessage, obeyed, type Attempt } from './protocol-messages';
import { writeSecondExtension } from './second-extension';

const second = writeSecondExtension();
const s = useAttackSession({ alongside: [second.dir] });
afterAll(() => second.remove());

const DEFAULT_SETTINGS = { highlights: false, dismissed: [] };
let article: OpenedArticle;

beforeAll(async () => {
  article = await openArticle(s, '/attacks/bridge.html');
  await waitForScan(s, article.tabId, article.url);
});

/** Nothing any attempt asked for happened: settings as installed, the tab's event still shown. */
async function expectNothingChanged(): Promise<void> {
  expect(await send(s.control, 'settings/get', {})).toEqual(DEFAULT_SETTINGS);
  const result = await waitForScan(s, article.tabId, article.url);
  expect(result.events.map((e) => e.id)).toEqual([BRIDGE_ID]);
}

describe('privileged messages from outside the extension', () => {
  it('another extension: every message and a connect are refused', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(`chrome-extension://${unpackedExtensionId(second.dir)}/actor.html`);
    const target = s.browser.extensionId;
    const attempts = await page.evaluate(
      async ({ id, messages }) => {
        const chrome = (globalThis as unknown as { chrome: { runtime: {
          sendMessage(id: string, m: unknown): Promise<unknown>;
          connect(id: string): { postMessage(m: unknown): void; onMessage: { addListener(f: (m: unknown) => void): void }; onDisconnect: { addListener(f: () => void): void } };
          lastError?: { message?: string };
        } } }).chrome;
        const out: { type: string; refused?: string; reply?: unknown }[] = [];
        for (const m of messages) {
          try {
            out.push({ type: m.type, reply: (await chrome.runtime.sendMessage(id, m)) ?? null });
          } catch (e) {
            out.push({ type: m.type, refused: String(e) });
          }
          const port = await new Promise<{ type: string; refused?: string; reply?: unknown }>((resolve) => {
            try {
              const p = chrome.runtime.connect(id);
              const got: unknown[] = [];
              p.onMessage.addListener((r) => got.push(r));
              p.onDisconnect.addListener(() =>
                resolve(got.length ? { type: `connect ${m.type}`, reply: got[0] } : { type: `connect ${m.type}`, refused: chrome.runtime.lastError?.message ?? 'disconnected' }),
              );
              p.postMessage(m);
              setTimeout(() => resolve(got.length ? { type: `connect ${m.type}`, reply: got[0] } : { type: `connect ${m.type}`, refused: 'no answer' }), 1_000);
            } catch (e) {
              resolve({ type: `connect ${m.type}`, refused: String(e) });
            }
          });
          out.push(port);
        }
        return out;
      },
      { id: target, messages: everyMessage(article.tabId) },
    );
    await page.close();
    expect(attempts).toHaveLength(everyMessage(0).length * 2);
    // Refused outright ("Receiving end does not exist"): no reply, not even an error reply.
    expect(attempts.filter((a: Attempt) => a.refused === undefined)).toEqual([]);
    await expectNothingChanged();
  });

  it('a web page: every message, to our id, is refused', async () => {
    const { page } = article;
    const attempts = await page.evaluate(
      async ({ id, messages }) => {
        const chrome = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown>; connect?: (id: string) => unknown } } }).chrome;
        const out: { type: string; refused?: string; reply?: unknown }[] = [];
        for (const m of messages) {
          try {
            if (!chrome?.runtime?.sendMessage) throw new Error('no chrome.runtime.sendMessage in the page');
            out.push({ type: m.type, reply: (await chrome.runtime.sendMessage(id, m)) ?? null });
          } catch (e) {
            out.push({ type: m.type, refused: String(e) });
          }
          try {
            if (!chrome?.runtime?.connect) throw new Error('no chrome.runtime.connect in the page');
            chrome.runtime.connect(id);
            out.push({ type: `connect ${m.type}`, reply: 'connected' });
          } catch (e) {
            out.push({ type: `connect ${m.type}`, refused: String(e) });
          }
        }
        return out;
      },
      { id: s.browser.extensionId, messages: everyMessage(article.tabId) },
    );
    expect(attempts.filter((a: Attempt) => a.refused === undefined)).toEqual([]);
    await expectNothingChanged();
  });
});

describe("the content script's world", () => {
  it('may not write (or read) the extension\'s storage', async () => {
    const world = await contentScriptWorld(s.browser, article.page);
    try {
      const tries = await world.evaluate<Record<string, string>>(`(async () => {
        const out = {};
        const attempt = async (name, f) => { try { await f(); out[name] = 'done'; } catch (e) { out[name] = 'refused: ' + (e && e.message); } };
        await attempt('local.set settings', () => chrome.storage.local.set({ settings: { highlights: true, dismissed: ['${BRIDGE_ID}'] } }));
        await attempt('local.get', () => chrome.storage.local.get(null));
        await attempt('local.clear', () => chrome.storage.local.clear());
        await attempt('session.set', () => chrome.storage.session.set({ probe: 1 }));
        await attempt('session.get', () => chrome.storage.session.get(null));
        return out;
      })()`);
      for (const [name, outcome] of Object.entries(tries)) expect(outcome, name).toMatch(/^refused/);
    } finally {
      await world.detach();
    }
    await expectNothingChanged();
  });

  it('may send only page/* messages: every other one is refused', async () => {
    const world = await contentScriptWorld(s.browser, article.page);
    let attempts: Attempt[];
    try {
      const messages = everyMessage(article.tabId).filter((m) => !m.type.startsWith('page/'));
      attempts = await world.evaluate<Attempt[]>(`(async () => {
        const out = [];
        for (const m of ${JSON.stringify(messages)}) {
          try { out.push({ type: m.type, reply: (await chrome.runtime.sendMessage(m)) ?? null }); }
          catch (e) { out.push({ type: m.type, refused: String(e) }); }
        }
        return out;
      })()`);
    } finally {
      await world.detach();
    }
    expect(attempts).toHaveLength(everyMessage(0).filter((m) => !m.type.startsWith('page/')).length);
    expect(attempts.length).toBeGreaterThan(10);
    expect(attempts.filter(obeyed)).toEqual([]);
    await expectNothingChanged();
  });
});
