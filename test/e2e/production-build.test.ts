// The production build asks for no host access at install: it reads a page only after the user
// clicks the toolbar button (activeTab). This checks the shipped manifests and that, loaded as
// shipped (headless), nothing reads pages by itself; toolbar-button.test.ts makes the real click
// and key press in a headed Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromeGlobal } from './harness/chrome-api';
import { badgeText, openPopup } from './harness/extension';
import { CHROME_PROD_BUILD, FIREFOX_PROD_BUILD, requireBuild } from './harness/paths';
import { startSession, type Session } from './harness/session';
import { uniqueUrl } from './harness/extension';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  externally_connectable?: { ids?: string[]; matches?: string[] };
}

function manifestOf(dir: string): Manifest {
  return JSON.parse(readFileSync(join(requireBuild(dir), 'manifest.json'), 'utf8')) as Manifest;
}

describe('production manifests', () => {
  for (const [name, dir] of [
    ['chrome-mv3', CHROME_PROD_BUILD],
    ['firefox-mv3', FIREFOX_PROD_BUILD],
  ] as const) {
    it(`${name} requests no host permission and injects no content script by itself`, () => {
      const m = manifestOf(dir);
      expect(m.host_permissions ?? []).toEqual([]);
      expect(m.content_scripts ?? []).toEqual([]);
      expect(m.permissions).toContain('activeTab');
      expect(m.permissions).not.toContain('tabs');
      expect(m.permissions).not.toContain('<all_urls>');
      // No other extension and no web page may message or connect to it.
      expect(m.externally_connectable).toEqual({ ids: [], matches: [] });
    });

    it(`${name} ships no benchmark code: the popup's frame marks are in the bench build only`, () => {
      const popup = readFileSync(join(requireBuild(dir), 'popup-main.js'), 'utf8');
      expect(popup.includes('data-testid'), 'popup-main.js is the popup').toBe(true);
      expect(popup.match(/renderedMs|completeMs/g) ?? [], 'bench marks in popup-main.js').toEqual([]);
    });
  }
});

describe('production build loaded in Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession({ extensionDir: CHROME_PROD_BUILD });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('does not flag a page nobody asked it to look at', async () => {
    const granted = await s.control.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.permissions.getAll());
    expect(granted.origins ?? []).toEqual([]);

    const page = await s.browser.context.newPage();
    const url = uniqueUrl(s.server.url('/e2e/two-events.html'));
    await page.goto(url);
    // Without host access the extension cannot even see the tab's URL: find the tab as the newest one.
    const tabId = await s.control.evaluate(async () => {
      const tabs = await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({});
      return Math.max(...tabs.map((t) => t.id ?? -1));
    });
    // The popup opened outside a click has no activeTab grant: it must say it cannot read the page.
    const popup = await openPopup(s.browser, tabId);
    const empty = popup.getByTestId('empty-state');
    await empty.waitFor({ timeout: 10_000 });
    expect(await empty.getAttribute('data-state')).toBe('off');
    expect(await popup.getByTestId('event').count()).toBe(0);
    expect(await badgeText(s.browser, tabId)).toBe('');
  });
});
