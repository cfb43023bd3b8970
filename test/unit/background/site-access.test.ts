import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { SCRIPT_FILE, SCRIPT_ID, WORLD_SCRIPT_FILE, WORLD_SCRIPT_ID, getSiteAccess, isGranted, syncSites } from '@/entrypoints/background/site-access';
import { changeOriginRoles } from '@/lib/sites/origin-roles';

type Registered = Browser.scripting.RegisteredContentScript;

// The fake browser has no scripting/permissions: an in-memory stand-in with the same rules.
let origins: string[];
let registered: Registered[];
beforeEach(() => {
  origins = [];
  registered = [];
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...origins], permissions: [] }));
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) =>
    (p.origins ?? []).every((o) => origins.includes(o) || origins.includes('<all_urls>')),
  );
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (f) =>
    registered.filter((s) => !f?.ids || f.ids.includes(s.id)),
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const s of scripts) {
      if (registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      registered.push(s as Registered);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (scripts) => {
    for (const s of scripts) Object.assign(registered.find((r) => r.id === s.id)!, s as Registered);
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (f) => {
    registered = registered.filter((r) => !f?.ids?.includes(r.id));
  });
});

describe('automatic flagging per site', () => {
  it('registers nothing after install (no host access asked)', async () => {
    expect(await syncSites()).toEqual({ mode: 'none' });
    expect(registered).toEqual([]);
  });

  it('registers the content script for exactly the granted sites, top frame, at document_idle, persistent, after its world at document_start', async () => {
    origins = ['https://news.example.org/*'];
    expect(await syncSites()).toEqual({ mode: 'sites', origins: ['https://news.example.org/*'] });
    expect(registered).toEqual([
      { id: WORLD_SCRIPT_ID, js: [WORLD_SCRIPT_FILE], matches: ['https://news.example.org/*'], runAt: 'document_start', allFrames: false, persistAcrossSessions: true },
      { id: SCRIPT_ID, js: [SCRIPT_FILE], matches: ['https://news.example.org/*'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
  });

  it('adds the document_start script to a registration an earlier version left (scan.js alone)', async () => {
    origins = ['https://news.example.org/*'];
    const old = { id: SCRIPT_ID, js: [SCRIPT_FILE], matches: ['https://news.example.org/*'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true };
    registered = [{ ...old } as Registered];
    await syncSites();
    expect(registered.map((r) => [r.id, r.runAt, r.matches])).toEqual([
      [SCRIPT_ID, 'document_idle', ['https://news.example.org/*']],
      [WORLD_SCRIPT_ID, 'document_start', ['https://news.example.org/*']],
    ]);
  });

  it('updates the registration when another site is granted, and unregisters when all are revoked', async () => {
    origins = ['https://a.example/*'];
    await syncSites();
    origins = ['https://a.example/*', 'https://b.example/*'];
    await syncSites();
    expect(registered).toHaveLength(2);
    for (const r of registered) expect(r.matches).toEqual(['https://a.example/*', 'https://b.example/*']);
    origins = [];
    expect(await syncSites()).toEqual({ mode: 'none' });
    expect(registered).toEqual([]);
  });

  it('registers for all web pages when all sites are granted (the e2e build grants <all_urls>)', async () => {
    origins = ['<all_urls>'];
    expect(await getSiteAccess()).toEqual({ mode: 'all' });
    await syncSites();
    expect(registered[0]!.matches).toEqual(['*://*/*']);
  });

  it('does not register twice when syncs overlap (permission event + sites/sync)', async () => {
    origins = ['https://a.example/*'];
    const results = await Promise.all([syncSites(), syncSites(), syncSites()]);
    expect(results.every((r) => r.mode === 'sites')).toBe(true);
    expect(registered.map((r) => r.id)).toEqual([WORLD_SCRIPT_ID, SCRIPT_ID]);
  });

  it('checks a page against the granted sites', async () => {
    origins = ['https://news.example.org/*'];
    expect(await isGranted('https://news.example.org/a/b')).toBe(true);
    expect(await isGranted('https://other.example/')).toBe(false);
    expect(await isGranted('chrome://extensions')).toBe(false);
  });

  it('a host permission granted for a feed does not turn automatic flagging on for that site', async () => {
    origins = ['https://news.example.org/*'];
    await syncSites();
    // The options page announces the feed origin ('feeds/prepare'), then the browser grants it.
    await changeOriginRoles((r) => ({ ...r, pending: { 'https://feeds.example.org/*': Date.now() + 60_000 } }));
    origins = ['https://news.example.org/*', 'https://feeds.example.org/*'];
    expect(await syncSites()).toEqual({ mode: 'sites', origins: ['https://news.example.org/*'] });
    expect(registered[0]!.matches).toEqual(['https://news.example.org/*']);
    expect(await isGranted('https://feeds.example.org/article')).toBe(false);
    expect(await getSiteAccess()).toEqual({ mode: 'sites', origins: ['https://news.example.org/*'] });
  });

  it('a site already flagged stays flagged when a feed on the same origin is subscribed', async () => {
    origins = ['https://news.example.org/*'];
    await syncSites();
    await changeOriginRoles((r) => ({ ...r, feeds: { 'https://news.example.org/*': ['news'] } }));
    expect(await syncSites()).toEqual({ mode: 'sites', origins: ['https://news.example.org/*'] });
    expect(await isGranted('https://news.example.org/a')).toBe(true);
  });
});
