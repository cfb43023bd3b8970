/**
 * Starts Debian's Chromium headless with one unpacked extension loaded, in a fresh temporary profile.
 * One browser per test file: launching takes about a second, so files share it across their tests.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, CHROME_E2E_BUILD, requireBuild } from './paths';
import { unpackedExtensionId } from './extension-id';

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The unpacked extension loaded. */
  extensionDir: string;
  /**
   * An extension page (options.html) kept open to call chrome.* APIs and send protocol messages
   * from. Used instead of the service worker because Playwright does not report a worker that
   * Chrome restarted, so a stopped worker could not be evaluated in again.
   */
  extensionPage: Page;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Unpacked extension directory; default the e2e build (host access granted up front), or
   * BACKSTORY_E2E_CHROME_DIR when set (to try the tests against another build).
   */
  extensionDir?: string;
  /** More Chromium switches (e.g. --enable-unsafe-extension-debugging for the CDP Extensions domain). */
  args?: string[];
  /**
   * The browser's UI language ("ar", "hi", "ja"), as a reader's system sets it. Debian's Chromium
   * takes it from the environment (LANGUAGE), not from --lang (with --lang alone,
   * i18n.getUILanguage() still says en-US and @@bidi_dir stays ltr), and only for languages whose
   * resources are installed (Debian package chromium-l10n; test/tools/ensure-browsers.sh).
   */
  uiLanguage?: string;
  /** Other unpacked extensions loaded beside ours (the attack suite's second extension). */
  alongside?: string[];
}

/** Environment for a Chromium whose UI speaks `language` (see LaunchOptions.uiLanguage). */
export function uiLanguageEnv(language: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // LANGUAGE outranks LC_ALL and LANG for the UI language; LC_ALL is left alone (it may select the C locale).
  return { ...env, LANGUAGE: language };
}

/**
 * Chromium switches every test browser uses: only this extension, no sandbox (root), and none of
 * the background traffic this machine's closed network would refuse.
 */
export function extensionArgs(extensionDir: string, alongside: string[] = []): string[] {
  const dirs = [extensionDir, ...alongside].join(',');
  return [
    `--disable-extensions-except=${dirs}`,
    `--load-extension=${dirs}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run \`sh test/tools/ensure-browsers.sh\` (apt-get install chromium).`);
  }
  const extensionDir = requireBuild(options.extensionDir ?? process.env.BACKSTORY_E2E_CHROME_DIR ?? CHROME_E2E_BUILD);
  // Playwright reads this when it attaches to a worker: without it, requests made by the extension's
  // service worker never reach context.on('request') and the privacy test could not see them.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [...extensionArgs(extensionDir, options.alongside), ...(options.args ?? [])],
    ...(options.uiLanguage ? { env: uiLanguageEnv(options.uiLanguage), locale: options.uiLanguage } : {}),
  });
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    // Ours, not another extension loaded alongside: Chrome derives an unpacked extension's id from its path.
    const extensionId = unpackedExtensionId(extensionDir);
    const ours = (w: Worker): boolean => new URL(w.url()).host === extensionId;
    if (!context.serviceWorkers().some(ours)) await context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 });
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
    return { context, extensionId, extensionDir, extensionPage, close };
  } catch (error) {
    await close();
    throw new Error(`The extension's service worker did not start in ${extensionDir}: ${String(error)}`);
  }
}
