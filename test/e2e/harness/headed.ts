/**
 * Debian's Chromium HEADED on an X display (see xvfb.ts), one unpacked extension loaded and its
 * toolbar button pinned, in a fresh temporary profile. Same switches as launch.ts, plus the window
 * placed at the screen's top-left corner and filling it, so screen positions are window positions.
 *
 * Pinning: Chrome keeps pinned extensions in the profile's Preferences
 * (extensions.pinned_extensions). An unpacked extension's id is derived from its absolute path
 * (SHA-256, first 32 hex digits written with the letters a-p), so the id is known before launch
 * and written there; the launch then checks that Chrome gave the extension that id.
 */
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Worker } from 'playwright-core';
import { unpackedExtensionId } from './extension-id';
import { extensionArgs, type LaunchedBrowser } from './launch';
import { CHROMIUM, requireBuild } from './paths';

export interface HeadedBrowser extends LaunchedBrowser {
  display: string;
}

export async function launchHeaded(options: { display: string; extensionDir: string; width: number; height: number }): Promise<HeadedBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run \`sh test/tools/ensure-browsers.sh\` (apt-get install chromium).`);
  }
  const extensionDir = realpathSync(requireBuild(options.extensionDir));
  const expectedId = unpackedExtensionId(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'backstory-e2e-headed-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [expectedId] } }));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'WAYLAND_DISPLAY') env[k] = v;
  env.DISPLAY = options.display;
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: false,
      env,
      // Fail before the test's hook timeout, so the hook's cleanup still runs.
      timeout: 60_000,
      // The page fills the real window (no emulated viewport): what a user sees.
      viewport: null,
      args: [
        ...extensionArgs(extensionDir),
        '--ozone-platform=x11',
        '--window-position=0,0',
        `--window-size=${options.width},${options.height}`,
      ],
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const opened = context;
  const close = async (): Promise<void> => {
    await opened.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const first: Worker = opened.serviceWorkers()[0] ?? (await opened.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(first.url()).host;
    if (extensionId !== expectedId) {
      throw new Error(`Chrome gave the extension id ${extensionId}, not ${expectedId}: its toolbar button was not pinned`);
    }
    // The start-up tab becomes the control page (an extension page to call chrome.* APIs from).
    const extensionPage = opened.pages()[0] ?? (await opened.newPage());
    await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
    return { context: opened, extensionId, extensionDir, extensionPage, close, display: options.display };
  } catch (error) {
    await close();
    throw error;
  }
}
