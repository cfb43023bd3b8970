// What a page can see of the content script (nothing), and what happens to a page's highlights
// when the extension is updated (the new copy takes over the open tab) or removed (the orphaned
// copy takes its highlights out of the page by itself).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, send, tabIdOf, uniqueUrl, waitForBadge } from './harness/extension';
import { waitForScan, type OpenedArticle } from './harness/session';
import { EXTENSION_DEBUGGING, extensionsCdp, reconnect, updateExtension } from './harness/extension-reload';
import { useSession } from './harness/use-session';
import { waitFor } from './harness/wait';

const s = useSession({ args: [EXTENSION_DEBUGGING] });

const MARK = 'backstory-mark';
const HOST = '[data-backstory-ui]';

/** Runs in the page's own world before its scripts: records every window message it receives. */
function spyOnWindowMessages(): void {
  const seen: string[] = [];
  (window as unknown as { __seenMessages: string[] }).__seenMessages = seen;
  window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data) ?? String(e.data)), true);
}

async function marksIn(page: Page): Promise<{ count: number; fromBefore: number }> {
  return page.evaluate((sel) => {
    const old = (window as unknown as { __oldMarks?: Set<Element> }).__oldMarks ?? new Set<Element>();
    const all = Array.from(document.querySelectorAll(sel));
    return { count: all.length, fromBefore: all.filter((m) => old.has(m)).length };
  }, MARK);
}

describe('the extension in a page over its lifetime', () => {
  let article: OpenedArticle;

  it('a page sees nothing of it: no window messages, no extension id in the document', async () => {
    await send(s.control, 'settings/set', { highlights: true });
    const page = await s.browser.context.newPage();
    await page.addInitScript(spyOnWindowMessages);
    const url = uniqueUrl(s.server.url('/e2e/highlights.html'));
    await page.goto(url);
    article = { page, url, tabId: await tabIdOf(s.browser, page) };
    await waitForBadge(s.browser, article.tabId, '1');
    await waitForScan(s, article.tabId, article.url);
    await page.locator(MARK).first().waitFor({ timeout: 10_000 });
    // An SPA-style address change too (the content script watches for those).
    await page.evaluate(() => history.replaceState({}, '', location.href + '&spa=1'));
    await page.waitForTimeout(1_500);
    const seen = await page.evaluate(() => (window as unknown as { __seenMessages: string[] }).__seenMessages);
    expect(seen).toEqual([]);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain(s.browser.extensionId);
    expect(html).not.toContain('chrome-extension://');
  });

  it('after an update, the new copy takes over the open tab: fresh marks, none doubled, badge back', async () => {
    const { page, tabId } = article;
    const before = await marksIn(page);
    expect(before.count).toBeGreaterThan(0);
    await page.evaluate((sel) => {
      (window as unknown as { __oldMarks: Set<Element> }).__oldMarks = new Set(document.querySelectorAll(sel));
    }, MARK);

    // What an update does to a running extension: unload it and load it again (reason 'update').
    const reloaded = await updateExtension(s);
    expect(reloaded).toEqual({ id: s.browser.extensionId });
    await reconnect(s);

    const after = await waitFor(() => marksIn(page), (m) => m.count > 0 && m.fromBefore === 0, {
      what: 'the old copy\'s marks replaced by the new copy\'s',
      timeout: 20_000,
    });
    expect(after.count).toBe(before.count);
    expect(await page.locator(HOST).count()).toBe(1);
    expect(await page.locator(`${MARK} ${MARK}`).count()).toBe(0);
    await waitForBadge(s.browser, tabId, '1', 15_000);
    // A few seconds on: the old copy noticed it was orphaned, and took nothing of the new one's.
    await page.waitForTimeout(3_000);
    expect((await marksIn(page)).count).toBe(before.count);
    expect(await page.locator(HOST).count()).toBe(1);
  });

  it('after it is removed, the orphaned copy takes its highlights out of the page by itself', async () => {
    const { page, tabId } = article;
    expect(await badgeText(s.browser, tabId)).toBe('1');
    const textBefore = await page.locator('article').innerText();
    await extensionsCdp(s, 'Extensions.uninstall', { id: s.browser.extensionId });
    await waitFor(() => page.locator(MARK).count(), (n) => n === 0, { what: 'the marks to go', timeout: 10_000 });
    expect(await page.locator(HOST).count()).toBe(0);
    expect(await page.locator('article').innerText()).toBe(textBefore);
    expect(await page.locator('article p', { hasText: 'under the name' }).textContent()).toContain('under the name\nOperation Sindoor');
  });
});
