/**
 * The attack suite's setup: the e2e build with the attack index (attack-index.ts), hosts under
 * example.org and example.com resolving to 127.0.0.1 (so a page can be served from
 * the same site as an event's source, or from another one), and a spy in the service worker that
 * records every runtime message it receives and who sent it.
 */
import { afterAll, beforeAll } from 'vitest';
import { currentWorker } from '../harness/cdp-worlds';
import { buildWithIndex, type IndexBuild } from '../harness/index-build';
import type { LaunchOptions } from '../harness/launch';
import { startSession, type Session } from '../harness/session';
import { attackIndex } from './attack-index';

export const HOST_RULES = '--host-resolver-rules=MAP *.example.org 127.0.0.1, MAP *.example.com 127.0.0.1';

/** Same server, another host: "news.example.org" gives http://news.example.org:PORT/path. */
export function urlOn(s: Session, host: string, path: string): string {
  const u = new URL(s.server.url(path));
  u.hostname = host;
  return u.href;
}

export function useAttackSession(options: LaunchOptions = {}): Session {
  const session = {} as Session;
  let build: IndexBuild | undefined;
  let started: Session | undefined;
  beforeAll(async () => {
    build = buildWithIndex(attackIndex());
    started = await startSession({ ...options, extensionDir: build.dir, args: [HOST_RULES, ...(options.args ?? [])] });
    Object.assign(session, started);
  });
  afterAll(async () => {
    await started?.close();
    build?.remove();
  });
  return session;
}

/** One runtime message the worker received. */
export interface SeenMessage {
  type: string;
  tabId: number | null;
  frameId: number | null;
  url: string;
  at: number;
}

/**
 * Records every runtime message the running service worker receives from now on (a second
 * onMessage listener that never answers, added through DevTools). It lives in the worker's memory:
 * `sameWorker()` says whether the worker that has it is still the one running.
 */
export async function spyOnWorkerMessages(s: Session) {
  const worker = await currentWorker(s.browser);
  await worker.evaluate(`(() => {
    globalThis.__seen = [];
    chrome.runtime.onMessage.addListener((m, sender) => {
      globalThis.__seen.push({ type: String(m && m.type), tabId: sender.tab ? sender.tab.id : null,
        frameId: sender.frameId ?? null, url: sender.url ?? '', at: Date.now() });
    });
    return true;
  })()`);
  return {
    worker,
    /** Messages from content scripts in tab `tabId` (all tabs when omitted). */
    seen: async (tabId?: number): Promise<SeenMessage[]> => {
      const all = await worker.evaluate<SeenMessage[]>('globalThis.__seen');
      return tabId === undefined ? all : all.filter((m) => m.tabId === tabId);
    },
    sameWorker: async (): Promise<boolean> => worker.evaluate<boolean>('Array.isArray(globalThis.__seen)').catch(() => false),
    detach: () => worker.detach(),
  };
}
