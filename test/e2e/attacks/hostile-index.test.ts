// Index text written to deceive: HTML and script in titles and outlet names, bidi overrides and
// zero-width characters, source addresses whose percent-escapes decode to a reversed look-alike
// of another host. In the real popup and the real in-page card it must stay inert text, with no
// bidi or invisible control left to reorder what the reader sees, and every link must show the
// host it goes to (issue 9, point 4).
import { beforeAll, describe, expect, it } from 'vitest';
import { readShadowTree } from '../harness/closed-shadow';
import { openPopup, send, waitForBadge } from '../harness/extension';
import { openArticle, waitForPopupEvents, type OpenedArticle } from '../harness/session';
import { waitFor } from '../harness/wait';
import { CONTROL_CHARACTERS, FERRY_ID, LOOKALIKE_URLS } from './attack-index';
import { useAttackSession } from './attack-session';
import { MARK } from './page-tricks';

const s = useAttackSession();
let article: OpenedArticle;
const dialogs: string[] = [];

beforeAll(async () => {
  await send(s.control, 'settings/set', { highlights: true });
  s.browser.context.on('page', (p) => p.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  }));
  article = await openArticle(s, '/attacks/ferry.html');
  await waitForBadge(s.browser, article.tabId, '1');
});

const HOST_LIKE = /[a-z0-9-]+(?:\.[a-z0-9-]+)+/i;
const hostOf = (href: string) => new URL(href).hostname.replace(/^www\./, '');

/** Every link goes to an https address and the first host its text shows is that address's host. */
function expectHonestLinks(links: { href: string; text: string }[]): void {
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(new URL(link.href).protocol, link.href).toBe('https:');
    expect(link.text.match(HOST_LIKE)?.[0], `host shown by the link to ${link.href}: "${link.text}"`).toBe(hostOf(link.href));
  }
}

function expectNoControls(texts: string[]): void {
  const bad = texts.filter((t) => CONTROL_CHARACTERS.test(t)).map((t) => JSON.stringify(t));
  expect(bad, 'text with bidi or invisible control characters').toEqual([]);
}

describe('hostile index strings', () => {
  it('in the popup: inert text, no controls, every link shows its own host', async () => {
    const popup = await openPopup(s.browser, article.tabId);
    await waitForPopupEvents(popup, [FERRY_ID]);
    const seen = await popup.evaluate(() => {
      const texts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.nodeValue ?? '');
      const handlers = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
      return {
        texts,
        handlers,
        // The popup's own markup has one image (its icon) and no other of these.
        injected: [...document.querySelectorAll('body img, body script, body iframe, body object, body embed, body b')].filter(
          (el) => !(el instanceof HTMLImageElement && el.classList.contains('brand-icon')),
        ).length,
        // innerText: the text as laid out (the host on its own line), not glued to the title.
        links: [...document.querySelectorAll('a[href]')].map((a) => ({ href: (a as HTMLAnchorElement).href, text: (a as HTMLElement).innerText })),
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        title: document.querySelector('[data-testid="event"]')?.textContent ?? '',
      };
    });
    // The markup is shown as the text it is.
    expect(seen.title).toContain('<img src=x onerror=');
    expect(seen.injected).toBe(0);
    expect(seen.handlers).toEqual([]);
    expect(seen.pwned).toBeNull();
    expectNoControls(seen.texts);
    // The look-alike addresses are listed (the validator kept them) and show their real host.
    const linkHosts = seen.links.map((l) => hostOf(l.href));
    expect(linkHosts.filter((h) => h === 'evil.example.com')).toHaveLength(LOOKALIKE_URLS.length);
    expectHonestLinks(seen.links);
    await popup.close();
  });

  it('in the in-page card: inert text, no controls, every link shows its own host', async () => {
    const { page } = article;
    await page.locator(MARK).first().waitFor({ timeout: 10_000 });
    await page.locator(MARK).first().hover();
    const card = await waitFor(() => readShadowTree(s.browser, page, 'data-backstory-ui'), (t) => (t?.links.length ?? 0) > 0, {
      what: 'the card to show its sources',
    });
    const tree = card!;
    expect(tree.texts.join(' ')).toContain('<img src=x onerror=');
    expect(tree.elements.filter((e) => ['img', 'script', 'iframe', 'object', 'embed', 'b'].includes(e.name))).toEqual([]);
    expect(tree.elements.flatMap((e) => Object.keys(e.attributes).filter((a) => /^on/i.test(a)))).toEqual([]);
    expectNoControls(tree.texts);
    expectHonestLinks(tree.links);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
  });
});
