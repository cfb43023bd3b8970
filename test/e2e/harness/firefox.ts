/**
 * Firefox ESR headless with the extension installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi.
 * - The add-on's moz-extension:// UUID is random per profile; the pref extensions.webextensions.uuids
 *   pins it, so tests can open the extension's own pages.
 * - WebDriver refuses to navigate to moz-extension:// URLs unless Firefox runs with
 *   --remote-allow-system-access (a test-only switch).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, FIREFOX_E2E_BUILD, requireBuild } from './paths';
import { waitFor } from './wait';

export const FIREFOX_EXTENSION_UUID = '6d1f1c0e-3b7a-4e59-9c1d-b4c2a5e8f017';

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  /** moz-extension://UUID */
  origin: string;
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir = FIREFOX_E2E_BUILD): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`${FIREFOX} is missing: run \`sh test/tools/ensure-browsers.sh\` (apt-get install firefox-esr).`);
  }
  const manifest = JSON.parse(readFileSync(join(requireBuild(extensionDir), 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error('The Firefox build has no browser_specific_settings.gecko.id');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
    },
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`Installed add-on ${installed}, expected ${addonId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    addonId,
    origin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    close: () => browser.close(),
  };
}

/** The `browser.*` calls tests make inside Firefox extension pages. */
interface FirefoxExtensionApi {
  browser: {
    tabs: { query(filter: Record<string, unknown>): Promise<{ id?: number; url?: string }[]> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    permissions: { getAll(): Promise<{ origins?: string[] }> };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
  };
}

/**
 * Opens an extension page. The document loads in the extension's process and puppeteer never sees
 * that navigation finish (its goto times out although the page is there), so the load is
 * confirmed from inside the page instead.
 */
export async function openFirefoxExtensionPage(f: FirefoxSession, path: string): Promise<Page> {
  const page = await f.browser.newPage();
  await popupSize(page);
  const url = `${f.origin}/${path}`;
  page.goto(url, { timeout: 5_000 }).catch(() => undefined);
  await waitFor(
    () => page.evaluate(() => (document.readyState === 'complete' ? `${location.href} ${innerWidth}` : '')),
    (loaded) => loaded === `${url} ${POPUP_WIDTH}`,
    { what: `Firefox to load ${url} at the popup's width` },
  );
  return page;
}

const POPUP_WIDTH = 400;

/**
 * The popup's size. Puppeteer's setViewport sends two BiDi commands: the viewport, and a screen
 * orientation override that Firefox ESR 140.12 does not know ("unknown command"). That refusal
 * alone is let through; the width is then checked in the loaded page (openFirefoxExtensionPage).
 */
async function popupSize(page: Page): Promise<void> {
  try {
    await page.setViewport({ width: POPUP_WIDTH, height: 600 });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (!(message.includes('setScreenOrientationOverride') && message.includes('unknown command'))) throw e;
  }
}

export async function firefoxTabId(extensionPage: Page, url: string): Promise<number> {
  const ids = await waitFor(
    () =>
      extensionPage.evaluate(async (u) => {
        const tabs = await (globalThis as unknown as FirefoxExtensionApi).browser.tabs.query({});
        return tabs.filter((t) => t.url === u).map((t) => t.id ?? -1);
      }, url),
    (found) => found.length === 1 && (found[0] ?? -1) >= 0,
    { what: `one Firefox tab at ${url}` },
  );
  return ids[0] ?? -1;
}

export function firefoxBadge(extensionPage: Page, tabId: number): Promise<string> {
  return extensionPage.evaluate(
    (id) => (globalThis as unknown as FirefoxExtensionApi).browser.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

export function firefoxGrantedOrigins(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(async () => (await (globalThis as unknown as FirefoxExtensionApi).browser.permissions.getAll()).origins ?? []);
}

/** Waits until the add-on has registered its content script (it does so a moment after start-up). */
export async function firefoxWaitUntilScanning(extensionPage: Page): Promise<void> {
  await waitFor(
    () =>
      extensionPage.evaluate(
        async () => (await (globalThis as unknown as FirefoxExtensionApi).browser.scripting.getRegisteredContentScripts()).length,
      ),
    (n) => n > 0,
    { what: 'the Firefox add-on to register its content script' },
  );
}
