/**
 * `npm run demo`: shows what Backstory does, in a real browser, on sample news pages.
 * Serves test/demo/pages on 127.0.0.1, opens each page in Debian's Chromium with the e2e build
 * loaded (host access granted, so pages are flagged as they load), prints what was flagged, and
 * saves a screenshot of the popup for each page in out/demo/. Exits non-zero if the browser or the
 * extension fails; a page flagged differently from what it expects is reported, not fatal.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TabResult } from '../../lib/domain/tab-result';
import { openPopup, POPUP_EVENTS, send, waitForBadge } from '../e2e/harness/extension';
import { DEMO_PAGES, ROOT } from '../e2e/harness/paths';
import { isTabResult, openArticle, startSession, type Session } from '../e2e/harness/session';
import { waitFor } from '../e2e/harness/wait';

const OUT = join(ROOT, 'out/demo');
const SCAN_TIMEOUT_MS = 15_000;

interface DemoPage {
  file: string;
  lang: string;
  /** Event ids the page is written about ([] for a page that should flag nothing). */
  expect: string[];
  /** Event ids the page must not flag (it names the same people but is about something else). */
  not: string[];
}

function readPages(): DemoPage[] {
  return readdirSync(DEMO_PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(DEMO_PAGES, file), 'utf8');
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '?';
      const ids = (name: string): string[] =>
        (new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1] ?? '').split(/\s+/).filter(Boolean);
      return { file, lang, expect: ids('backstory-demo-expect'), not: ids('backstory-demo-not') };
    });
}

/** Waits until the background holds the tab's scan result (the content script scanned the page). */
async function scanResult(s: Session, tabId: number, url: string): Promise<TabResult> {
  const reply = await waitFor(
    () => send(s.control, 'tab/get', { tabId }),
    (r) => isTabResult(r) && r.url === url,
    { what: `the scan of ${url}`, timeout: SCAN_TIMEOUT_MS, interval: 200 },
  );
  if (!isTabResult(reply)) throw new Error(`No result for ${url}`);
  return reply;
}

async function screenshotPopup(s: Session, tabId: number, name: string): Promise<string> {
  const popup = await openPopup(s.browser, tabId);
  await popup
    .locator(`${POPUP_EVENTS}, [data-testid="empty-state"]`)
    .first()
    .waitFor({ timeout: 10_000 });
  const path = join(OUT, `${name}.png`);
  await popup.screenshot({ path });
  await popup.close();
  return path;
}

/** One extra picture: the highlights (an optional setting) on the first flagged page, card open. */
async function screenshotHighlights(s: Session, page: DemoPage): Promise<string | null> {
  await send(s.control, 'settings/set', { highlights: true });
  const { page: tab } = await openArticle(s, `/demo/${page.file}`);
  const mark = tab.locator('backstory-mark').first();
  try {
    await mark.waitFor({ timeout: 10_000 });
  } catch {
    return null;
  }
  await mark.scrollIntoViewIfNeeded();
  await mark.focus();
  await tab.locator('[data-backstory-ui]').first().waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
  const path = join(OUT, `highlights-${page.file.replace(/\.html$/, '')}.png`);
  await tab.screenshot({ path });
  await send(s.control, 'settings/set', { highlights: false });
  return path;
}

function printHowToLoad(): void {
  console.log(`
Try it in your own browser:
  Chrome/Chromium: open chrome://extensions, turn on Developer mode, click "Load unpacked" and pick
                   ${join(ROOT, '.output/chrome-mv3')}
  Firefox:         open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on..." and pick
                   ${join(ROOT, '.output/firefox-mv3/manifest.json')}
  (Build them first with \`npm run build\` and \`npm run build:firefox\`.) Then open a news article and click
  the Backstory button in the toolbar; to flag pages as they load, allow sites on the options page.`);
}

async function main(): Promise<number> {
  const pages = readPages();
  if (pages.length === 0) throw new Error(`No demo pages in ${DEMO_PAGES}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const started = Date.now();
  const s = await startSession();
  let failures = 0;
  let differing = 0;
  try {
    const status = await send(s.control, 'index/status', {});
    console.log(
      status
        ? `Backstory loaded in Chromium ${s.browser.context.browser()?.version() ?? ""}: index "${status.title}" v${status.version}, ${status.events} events.`
        : 'Backstory loaded, but it reports no index.',
    );
    if (!status) failures++;
    let firstFlagged: DemoPage | undefined;

    for (const p of pages) {
      console.log(`\n[${p.lang}] ${p.file}`);
      try {
        const { tabId, url, page } = await openArticle(s, `/demo/${p.file}`);
        console.log(`  "${await page.title()}"`);
        const result = await scanResult(s, tabId, url);
        if (result.events.length > 0) {
          await waitForBadge(s.browser, tabId, String(result.events.length), 5_000);
        }
        if (result.events.length === 0) console.log('  nothing flagged');
        for (const e of result.events) {
          console.log(
            `  flagged ${e.id}  ${e.prominence === 'main' ? 'the page is about it' : 'mentioned'}  score ${e.score.toFixed(2)}  ${e.sources.length} sources${e.pageIsSource ? '  (this page is a source)' : ''}`,
          );
          console.log(`          ${e.title}`);
        }
        const got = result.events.map((e) => e.id);
        const missing = p.expect.filter((id) => !got.includes(id));
        const unexpected = p.expect.length === 0 ? got : got.filter((id) => p.not.includes(id));
        if (missing.length > 0 || unexpected.length > 0) {
          differing++;
          const problems = [
            missing.length ? `missing ${missing.join(', ')}` : '',
            unexpected.length ? `should not flag ${unexpected.join(', ')}` : '',
          ];
          console.log(`  ! differs from what the page is about: ${problems.filter(Boolean).join('; ')}`);
        } else {
          const extra = got.filter((id) => !p.expect.includes(id));
          if (extra.length > 0) console.log(`  (also related: ${extra.join(', ')})`);
          if (p.not.length > 0) console.log(`  (correctly not flagged: ${p.not.join(', ')})`);
        }
        if (!firstFlagged && got.length > 0) firstFlagged = p;
        const shot = await screenshotPopup(s, tabId, p.file.replace(/\.html$/, ''));
        console.log(`  popup screenshot: ${relative(ROOT, shot)}`);
        await page.close();
      } catch (error) {
        failures++;
        console.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
      }
    }

    if (firstFlagged) {
      const shot = await screenshotHighlights(s, firstFlagged).catch(() => null);
      console.log(shot ? `\nHighlights (optional setting) on ${firstFlagged.file}: ${relative(ROOT, shot)}` : '\nHighlights: no marks appeared.');
    }
  } finally {
    await s.close();
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${pages.length} pages in ${seconds} s: ${pages.length - failures - differing} as expected, ${differing} flagged differently, ${failures} failed.`,
  );
  console.log(`Screenshots of the popup are in ${relative(ROOT, OUT)}/.`);
  printHowToLoad();
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`The demo could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
