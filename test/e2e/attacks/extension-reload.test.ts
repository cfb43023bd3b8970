// The extension updated (unloaded and loaded again) while a page shows its highlights: the old
// copy's marks and card host go, exactly one new copy takes over, and nothing on the page reports
// "Extension context invalidated" (or any other error from the extension).
import { describe, expect, it } from 'vitest';
import { recordExtensionErrors } from '../harness/cdp-worlds';
import { send, tabIdOf, uniqueUrl, waitForBadge } from '../harness/extension';
import { EXTENSION_DEBUGGING, reconnect, updateExtension } from '../harness/extension-reload';
import { waitFor } from '../harness/wait';
import { useAttackSession } from './attack-session';
import { MARK } from './page-tricks';

const s = useAttackSession({ args: [EXTENSION_DEBUGGING] });
const HOST = '[data-backstory-ui]';

describe('the extension reloaded while highlights show', () => {
  it('old UI gone, one new instance, no "Extension context invalidated"', async () => {
    await send(s.control, 'settings/set', { highlights: true });
    const page = await s.browser.context.newPage();
    const errors = await recordExtensionErrors(s.browser, page);
    await page.goto(uniqueUrl(s.server.url('/attacks/bridge.html')));
    const tabId = await tabIdOf(s.browser, page);
    await waitForBadge(s.browser, tabId, '1');
    await page.locator(MARK).first().waitFor({ timeout: 10_000 });
    const before = await page.locator(MARK).count();
    await page.evaluate((sel) => {
      (window as unknown as { __oldMarks: Set<Element> }).__oldMarks = new Set(document.querySelectorAll(sel));
    }, `${MARK}, ${'[data-backstory-ui]'}`);
    // The card open at the moment of the update.
    await page.locator(MARK).first().hover();

    expect(await updateExtension(s)).toEqual({ id: s.browser.extensionId });
    await reconnect(s);
    const fresh = () =>
      page.evaluate(({ mark, host }) => {
        const old = (window as unknown as { __oldMarks: Set<Element> }).__oldMarks;
        const all = [...document.querySelectorAll(`${mark}, ${host}`)];
        return { marks: document.querySelectorAll(mark).length, hosts: document.querySelectorAll(host).length, old: all.filter((e) => old.has(e)).length };
      }, { mark: MARK, host: HOST });
    const after = await waitFor(fresh, (v) => v.marks > 0 && v.old === 0, { what: "the old copy's marks replaced by the new copy's", timeout: 20_000 });
    expect(after.marks).toBe(before);
    expect(after.hosts).toBe(1);
    await waitForBadge(s.browser, tabId, '1', 15_000);
    // The page goes on changing: the orphaned copy must not wake up and fail.
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'Update: the ferry landing reopened. '.repeat(40) })));
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(3_000);
    expect(await fresh()).toEqual({ marks: before, hosts: 1, old: 0 });
    expect(errors.errors).toEqual([]);
    await errors.stop();
  });
});
