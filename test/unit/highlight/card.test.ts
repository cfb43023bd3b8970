// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCard } from '../../../lib/highlight/card-content';
import { safeHttpsUrl } from '../../../lib/url/links';
import { auditRendered } from '../components/rendered-audit';
import { clearHighlights, showHighlights } from '../../../lib/highlight/highlights';
import { makeLabels } from '../../../lib/highlight/labels';
import { formatMessage, type LocaleMessages } from '../../../lib/i18n/substitute';
import ar from '../../../public/_locales/ar/messages.json';
import { callEvent, entity, marks, planEvent, setBody } from './fixtures';

// The card's shadow root is closed; the test keeps its own reference by wrapping attachShadow
// (before the module captures it on first use).
const roots: ShadowRoot[] = [];
beforeAll(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  };
});

function card(): HTMLElement | null {
  return roots.at(-1)?.querySelector<HTMLElement>('.card') ?? null;
}

function press(target: EventTarget, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

afterEach(() => {
  clearHighlights(document);
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('the card', () => {
  it('shows on focus: title, date, summary and the top 3 https sources, opening in a new tab', () => {
    setBody(document, '<p>Steve Witkoff called.</p>');
    const event = callEvent([entity('Steve Witkoff')]);
    event.sources.unshift(
      { url: 'javascript:alert(1)', outlet: 'evil', language: 'en', kind: 'original' },
      { url: 'http://example.com/', outlet: 'plain http', language: 'en', kind: 'original' },
      { url: 'https://user:pw@example.com/', outlet: 'credentials', language: 'en', kind: 'original' },
    );
    showHighlights(document, [event], { signal: new AbortController().signal });
    const host = document.querySelector('[data-backstory-ui]')!;
    expect(host.shadowRoot).toBeNull(); // closed: page scripts cannot reach the card
    expect(card()).toBeNull();

    marks(document)[0]!.focus();
    const c = card()!;
    expect(c.querySelector('.title')!.textContent).toBe(event.title);
    expect(c.querySelector('.date')!.textContent).toMatch(/2025.*reported.*2025/u);
    expect(c.querySelector('.summary')!.textContent).toBe(event.summary);
    const links = Array.from(c.querySelectorAll('a'));
    expect(links.map((a) => a.querySelector('.outlet')!.textContent)).toEqual(['mediaite.com', 'elpais.com', 'kioncentralcoast.com']);
    for (const a of links) {
      expect(new URL(a.href).protocol).toBe('https:');
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener noreferrer');
    }
    expect(marks(document)[0]!.getAttribute('aria-expanded')).toBe('true');
  });

  it('hides on Escape and on blur, and shows one card at a time', () => {
    vi.useFakeTimers();
    setBody(document, '<p>Witkoff met Ushakov.</p><p>The 28-point plan.</p>');
    showHighlights(
      document,
      [callEvent([entity('Witkoff')]), planEvent([{ kind: 'phrase', text: '28-point plan', start: 0, end: 0 }])],
      { signal: new AbortController().signal },
    );
    const [witkoff, plan] = marks(document);
    witkoff!.focus();
    expect(card()!.querySelector('.title')!.textContent).toContain('Witkoff coached');
    plan!.focus();
    expect(roots.at(-1)!.querySelectorAll('.card')).toHaveLength(1);
    expect(card()!.querySelector('.title')!.textContent).toBe('The US 28-point plan for Ukraine');

    press(plan!, 'Escape');
    expect(card()).toBeNull();
    expect(plan!.getAttribute('aria-expanded')).toBe('false');

    witkoff!.focus();
    expect(card()).not.toBeNull();
    witkoff!.blur();
    vi.advanceTimersByTime(1000);
    expect(card()).toBeNull();
  });

  it('shows on hover after a short delay and hides after the pointer leaves', () => {
    vi.useFakeTimers();
    setBody(document, '<p>Witkoff met Ushakov.</p>');
    showHighlights(document, [callEvent([entity('Witkoff')])], { signal: new AbortController().signal });
    const mark = marks(document)[0]!;
    mark.dispatchEvent(new MouseEvent('mouseenter'));
    vi.advanceTimersByTime(1000);
    expect(card()).not.toBeNull();
    mark.dispatchEvent(new MouseEvent('mouseleave'));
    vi.advanceTimersByTime(1000);
    expect(card()).toBeNull();
  });

  it('Enter on a mark moves focus to the first source link; Escape brings it back', () => {
    setBody(document, '<p>Witkoff met Ushakov.</p>');
    showHighlights(document, [callEvent([entity('Witkoff')])], { signal: new AbortController().signal });
    const mark = marks(document)[0]!;
    mark.focus();
    press(mark, 'Enter');
    const root = roots.at(-1)!;
    expect(root.activeElement?.localName).toBe('a');
    press(root.activeElement!, 'Escape');
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it('uses the given labels, with English for missing ones', () => {
    setBody(document, '<p>Witkoff met Ushakov.</p>');
    const label = (key: string) => (key === 'highlightSources' ? 'Quellen' : '');
    showHighlights(document, [callEvent([entity('Witkoff')])], { signal: new AbortController().signal, label });
    marks(document)[0]!.focus();
    expect(Array.from(card()!.querySelectorAll('.label'), (l) => l.textContent)).toEqual(['Quellen']);
    expect(card()!.querySelector('.hint')!.textContent).toBe('Open the Backstory popup for details');
  });

  it('in an Arabic UI is mirrored and speaks Arabic, while the English title and sources keep their own direction', () => {
    setBody(document, '<p>Witkoff met Ushakov.</p>');
    // What browser.i18n.getMessage answers in an Arabic UI: the ar table, and rtl for @@bidi_dir.
    const table = ar as LocaleMessages;
    const label = (key: string, subs?: string[]) => (key === '@@bidi_dir' ? 'rtl' : table[key] ? formatMessage(table[key], subs ?? []) : '');
    showHighlights(document, [callEvent([entity('Witkoff')])], { signal: new AbortController().signal, label });
    marks(document)[0]!.focus();
    const c = card()!;
    expect(c.dir).toBe('rtl');
    expect(c.lang).toBe('ar');
    expect(c.querySelector('.label')!.textContent).toBe('المصادر');
    const title = c.querySelector<HTMLElement>('.title')!;
    expect(title.textContent).toBe('Witkoff coached Ushakov on how Putin should approach Trump');
    expect(title.dir).toBe('auto');
    for (const link of c.querySelectorAll<HTMLElement>('.link')) expect(link.dir).toBe('auto');
    // Dates through Intl in Arabic, "reported" from the translation with the date in its place.
    const reported = new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2025, 10, 25));
    expect(c.querySelector('.date')!.textContent).toContain(`كُشف عنه في ${reported}`);
  });

  it('lists the other events the same words are evidence for', () => {
    setBody(document, '<p>Witkoff met Ushakov.</p>');
    showHighlights(document, [callEvent([entity('Witkoff')]), planEvent([entity('Witkoff')])], {
      signal: new AbortController().signal,
    });
    marks(document)[0]!.focus();
    expect(card()!.querySelector('.also-title')!.textContent).toBe('The US 28-point plan for Ukraine');
  });

  it('opens on the main event first when a word is evidence for a mentioned one too, and says which is only mentioned', () => {
    setBody(document, '<p>Witkoff met Ushakov.</p><p>Later, the plan.</p>');
    const plan = { ...planEvent([entity('Witkoff'), entity('the plan')]), prominence: 'mention' as const, score: 0.95 };
    // Given mention first: the main event still leads.
    showHighlights(document, [plan, callEvent([entity('Witkoff')])], { signal: new AbortController().signal });
    const [shared, planOnly] = marks(document);
    shared!.focus();
    expect(card()!.querySelector('.title')!.textContent).toBe(callEvent([]).title);
    expect(card()!.querySelector('.prominence')).toBeNull();
    expect(card()!.querySelector('.also-title')!.textContent).toBe(plan.title);
    planOnly!.focus();
    expect(card()!.querySelector('.title')!.textContent).toBe(plan.title);
    expect(card()!.querySelector('.prominence')!.textContent).toBe('Mentioned on this page, not its main story');
  });

  it('is removed with the highlights', () => {
    setBody(document, '<p>Witkoff met Ushakov.</p>');
    const controller = new AbortController();
    showHighlights(document, [callEvent([entity('Witkoff')])], { signal: controller.signal });
    marks(document)[0]!.focus();
    expect(card()).not.toBeNull();
    controller.abort();
    expect(document.querySelector('[data-backstory-ui]')).toBeNull();
  });
});

describe('buildCard', () => {
  it('shows markup in index text as text, never as elements', () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const event = callEvent([], { title: `Title ${payload}`, summary: `<script>window.__pwned=1</script>` });
    event.sources = [{ url: 'https://meduza.io/', outlet: `<b>${payload}</b>`, title: payload, language: 'ru', kind: 'original' }];
    const { card: c } = buildCard(document, event, [], makeLabels(undefined));
    expect(c.querySelector('img, script, b')).toBeNull();
    expect(c.querySelector('.title')!.textContent).toBe(`Title ${payload}`);
    expect(c.querySelector('.summary')!.textContent).toBe('<script>window.__pwned=1</script>');
    expect(c.querySelector('.outlet')!.textContent).toBe(`<b>${payload}</b>`);
    expect(Array.from(c.querySelectorAll('*')).some((n) => Array.from(n.attributes).some((a) => a.name.startsWith('on')))).toBe(false);
  });

  it('shows under each link the host it goes to, from the parsed URL, and isolates index text', () => {
    const event = callEvent([entity('Steve Witkoff')]);
    event.sources = [
      { url: 'https://evil.example/%E2%80%AEmoc.grebmoolb.www//:sptth', outlet: '\uE123www.bloomberg.com', title: '\uE123Bloomberg: the call', language: 'en', kind: 'original' },
      { url: 'https://www.example.org/x', outlet: '\uE123مصدر', language: 'ar', kind: 'coverage' },
    ];
    const { card: c, links } = buildCard(document, event, [], makeLabels(undefined));
    expect(links.map((a) => a.querySelector('.host')?.textContent)).toEqual(['evil.example', 'example.org']);
    expect(auditRendered(c, '\uE123')).toEqual([]);
  });

  it('accepts only https links without credentials', () => {
    expect(safeHttpsUrl('https://meduza.io/feature/x')).toBe('https://meduza.io/feature/x');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', 'http://meduza.io/', 'https://u:p@meduza.io/', 'nonsense', 42]) {
      expect(safeHttpsUrl(bad)).toBeNull();
    }
  });
});
