/**
 * The background as the content-script tests see it: records every 'page/scan' and 'page/clear'
 * the script sends and answers scans with `reply`; 'page/highlighter' is answered as the
 * background does, by running what the injected highlighter script runs (entrypoints/highlighter),
 * so a test's mock of lib/highlight/highlights is what the script then calls. `start()` runs one copy of the script; every
 * copy is ended after each test.
 */
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ScriptLifetime } from '@/entrypoints/scan/script-lifetime';
import { startScanner } from '@/entrypoints/scan/start-scanner';
import { provideHighlighter } from '@/entrypoints/scan/highlighter-slot';
import { clearHighlights, showHighlights } from '@/lib/highlight/highlights';
import type { Envelope, ScanOutcome, ScanReply } from '@/lib/messaging/protocol';

export interface FakeBackground {
  scans: Envelope[];
  clears: Envelope[];
  /** How many times the script asked for the highlighter. */
  highlighterLoads: number;
  /** What the next scans are answered with; reset to the initial reply before each test. */
  reply: ScanReply;
  /** One per start(), in order. */
  lifetimes: ScriptLifetime[];
  start(): Promise<ScanOutcome>;
}

export function useFakeBackground(initialReply: () => ScanReply): FakeBackground {
  const bg: FakeBackground = {
    scans: [],
    clears: [],
    highlighterLoads: 0,
    reply: initialReply(),
    lifetimes: [],
    start() {
      const lifetime = new ScriptLifetime();
      bg.lifetimes.push(lifetime);
      return startScanner(lifetime);
    },
  };
  beforeEach(() => {
    bg.scans = [];
    bg.clears = [];
    bg.highlighterLoads = 0;
    bg.lifetimes = [];
    bg.reply = initialReply();
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      const msg = message as Envelope;
      if (msg.type === 'page/scan') bg.scans.push(msg);
      if (msg.type === 'page/clear') bg.clears.push(msg);
      if (msg.type === 'page/highlighter') {
        bg.highlighterLoads++;
        provideHighlighter({ show: showHighlights, clear: clearHighlights });
      }
      return { ok: true, value: msg.type === 'page/scan' ? bg.reply : null };
    });
  });
  afterEach(() => {
    for (const lifetime of bg.lifetimes) lifetime.end();
  });
  return bg;
}
