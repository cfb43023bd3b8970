/** Where the e2e harness finds the builds and the pages it serves (all relative to the repo root). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROME_E2E_BUILD = join(ROOT, '.output/chrome-mv3-e2e');
export const CHROME_PROD_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_E2E_BUILD = join(ROOT, '.output/firefox-mv3-e2e');
export const FIREFOX_PROD_BUILD = join(ROOT, '.output/firefox-mv3');
export const E2E_PAGES = join(ROOT, 'test/e2e/pages');
export const DEMO_PAGES = join(ROOT, 'test/demo/pages');
export const ATTACK_PAGES = join(ROOT, 'test/e2e/attacks/pages');
export const AXE_SCRIPT = join(ROOT, 'node_modules/axe-core/axe.min.js');
export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';

/** Fails with a message that says what to run, instead of a cryptic browser error. */
export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}. Run \`npm run build:e2e\` (or \`npm run build\`) first.`);
  }
  return dir;
}
