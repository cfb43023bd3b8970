// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearHighlights, showHighlights } from '../../../lib/highlight/highlights';
import { callEvent, context, entity, marks, phrase, planEvent, setBody } from './fixtures';

const ARTICLE = `
  <article>
    <h1>What the Witkoff call reveals</h1>
    <p id="p1">Steve Witkoff spoke with Yuri Ushakov on 14 October. Звонок Ушакова с Уиткоффом обсуждали неделями.</p>
    <p id="p2">A leaked recording, published later, set out a <em>28-point plan</em> and a leaked memo.</p>
    <script>window.x = "Witkoff";</script>
    <textarea>Witkoff in a form field</textarea>
  </article>`;

const EVENTS = () => [
  callEvent([entity('Steve Witkoff'), entity('Witkoff'), entity('Ушакова'), entity('Уиткоффом'), context('leaked')]),
  planEvent([phrase('28-point plan')]),
];

function hosts(): Element[] {
  return Array.from(document.querySelectorAll('[data-backstory-ui]'));
}

afterEach(() => {
  clearHighlights(document);
  document.body.innerHTML = '';
});

describe('showHighlights', () => {
  it('wraps each mention as written on the page, and nothing inside script or textarea', () => {
    setBody(document, ARTICLE);
    showHighlights(document, EVENTS(), { signal: new AbortController().signal });
    expect(marks(document).map((m) => m.textContent)).toEqual([
      'Witkoff', 'Steve Witkoff', 'Ушакова', 'Уиткоффом', 'leaked', '28-point plan', 'leaked',
    ]);
    expect(document.querySelector('script')!.textContent).toBe('window.x = "Witkoff";');
    expect(document.querySelector('textarea')!.querySelector('backstory-mark')).toBeNull();
    expect(marks(document).every((m) => m.getAttribute('style')!.includes('!important'))).toBe(true);
    expect(hosts()).toHaveLength(1);
  });

  it('gives each distinct mention one tab stop with an accessible name (the words and the brand)', () => {
    setBody(document, '<p>Witkoff met Ushakov. Later Witkoff left. <a href="https://example.com/">Ushakov</a></p>');
    showHighlights(document, [callEvent([entity('Witkoff'), entity('Ushakov')])], { signal: new AbortController().signal });
    const all = marks(document);
    expect(all.map((m) => m.getAttribute('tabindex'))).toEqual(['0', '0', null, null]);
    expect(all[0]!.getAttribute('role')).toBe('button');
    expect(all[0]!.getAttribute('aria-label')).toBe('Witkoff (Backstory)');
  });

  it('leaves nothing of the event in what page scripts can read, even with a card open', () => {
    setBody(document, ARTICLE);
    const events = EVENTS();
    showHighlights(document, events, { signal: new AbortController().signal });
    marks(document).find((m) => m.hasAttribute('tabindex'))!.focus();
    const readable = document.documentElement.outerHTML;
    for (const e of events) {
      expect(readable).not.toContain(e.title);
      expect(readable).not.toContain(e.id);
      for (const s of e.sources) expect(readable).not.toContain(s.url);
    }
    // The page's own words and the brand, and nothing else, on each mark.
    const allowed = new Set(['style', 'role', 'tabindex', 'aria-label', 'aria-expanded', 'aria-haspopup']);
    for (const m of marks(document)) {
      for (const a of m.attributes) expect(allowed, a.name).toContain(a.name);
      const label = m.getAttribute('aria-label');
      if (label !== null) expect(label).toBe(`${m.textContent} (Backstory)`);
    }
  });

  it('restores the exact page text and the original text nodes on clearHighlights', () => {
    setBody(document, ARTICLE);
    const before = document.body.innerHTML;
    const p1 = document.getElementById('p1')!;
    const original = p1.firstChild;
    const childCount = p1.childNodes.length;
    showHighlights(document, EVENTS(), { signal: new AbortController().signal });
    expect(marks(document).length).toBeGreaterThan(0);
    expect(p1.childNodes.length).toBeGreaterThan(childCount);

    clearHighlights(document);
    expect(marks(document)).toHaveLength(0);
    expect(hosts()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
    expect(p1.childNodes.length).toBe(childCount);
    expect(p1.firstChild).toBe(original);
  });

  it('removes everything when the signal aborts', () => {
    setBody(document, ARTICLE);
    const before = document.body.innerHTML;
    const controller = new AbortController();
    showHighlights(document, EVENTS(), { signal: controller.signal });
    expect(marks(document).length).toBeGreaterThan(0);
    controller.abort();
    expect(marks(document)).toHaveLength(0);
    expect(hosts()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('does nothing with an already aborted signal', () => {
    setBody(document, ARTICLE);
    const controller = new AbortController();
    controller.abort();
    showHighlights(document, EVENTS(), { signal: controller.signal });
    expect(marks(document)).toHaveLength(0);
    expect(hosts()).toHaveLength(0);
  });

  it('replaces the previous highlights on a second call: one host, no nested marks', () => {
    setBody(document, ARTICLE);
    const before = document.body.innerHTML;
    const first = new AbortController();
    showHighlights(document, EVENTS(), { signal: first.signal });
    showHighlights(document, [planEvent([phrase('28-point plan')])], { signal: new AbortController().signal });
    expect(marks(document).map((m) => m.textContent)).toEqual(['28-point plan']);
    expect(document.querySelector('backstory-mark backstory-mark')).toBeNull();
    expect(hosts()).toHaveLength(1);
    // Aborting the first call's signal no longer touches the second call's highlights.
    first.abort();
    expect(marks(document)).toHaveLength(1);
    clearHighlights(document);
    expect(document.body.innerHTML).toBe(before);
  });

  it('removes a stale host and marks left by an earlier instance of the extension', () => {
    setBody(
      document,
      '<p id="p">Steve <backstory-mark tabindex="0">Witkoff</backstory-mark> spoke.</p><div data-backstory-ui=""></div>',
    );
    showHighlights(document, [callEvent([entity('Ushakov')])], { signal: new AbortController().signal });
    expect(hosts()).toHaveLength(0); // nothing of ours to show: Ushakov is not on the page
    const p = document.getElementById('p')!;
    expect(p.innerHTML).toBe('Steve Witkoff spoke.');
    expect(p.childNodes).toHaveLength(1);

    document.documentElement.append(Object.assign(document.createElement('div'), { id: 'old' }));
    document.getElementById('old')!.setAttribute('data-backstory-ui', '');
    showHighlights(document, [callEvent([entity('Witkoff')])], { signal: new AbortController().signal });
    expect(hosts()).toHaveLength(1);
    expect(document.getElementById('old')).toBeNull();
  });

  it('an older copy of the extension that ends after a newer one took over removes only its own marks', async () => {
    setBody(document, ARTICLE);
    const before = document.body.innerHTML;
    const old = new AbortController();
    showHighlights(document, EVENTS(), { signal: old.signal });
    // The updated extension's copy: a separate module instance, as in a separately injected script.
    vi.resetModules();
    const newer = await import('../../../lib/highlight/highlights');
    newer.showHighlights(document, [planEvent([phrase('28-point plan')])], { signal: new AbortController().signal });
    expect(marks(document).map((m) => m.textContent)).toEqual(['28-point plan']);
    expect(hosts()).toHaveLength(1);
    // The orphaned copy notices it is gone and cleans up after itself.
    old.abort();
    expect(marks(document).map((m) => m.textContent)).toEqual(['28-point plan']);
    expect(hosts()).toHaveLength(1);
    newer.clearHighlights(document);
    expect(document.body.innerHTML).toBe(before);
  });

  it('caps the number of marks', () => {
    setBody(document, '<p>Witkoff.</p>'.repeat(300));
    // A generous time budget: this test is about the count, and happy-dom on a loaded machine can
    // take longer than the default 30 ms for 300 paragraphs.
    showHighlights(document, [callEvent([entity('Witkoff')])], { signal: new AbortController().signal, limits: { maxMs: 5_000 } });
    expect(marks(document)).toHaveLength(200);
    showHighlights(document, [callEvent([entity('Witkoff')])], { signal: new AbortController().signal, limits: { maxMarks: 7 } });
    expect(marks(document)).toHaveLength(7);
  });

  it('searches only the given root', () => {
    setBody(document, '<nav>Witkoff</nav><main><p>Witkoff</p></main>');
    showHighlights(document, [callEvent([entity('Witkoff')])], {
      signal: new AbortController().signal,
      root: document.querySelector('main')!,
    });
    expect(marks(document).map((m) => m.parentElement!.localName)).toEqual(['p']);
  });

  it('survives a page that clobbers document and element methods', () => {
    setBody(document, '<form id="f"><p>Steve Witkoff</p>Witkoff<input name="insertBefore"></form>');
    const before = document.body.innerHTML;
    const form = document.getElementById('f')!;
    // What named elements do to these properties in a browser, done by hand (happy-dom has no named access).
    const boom = () => {
      throw new Error('clobbered');
    };
    for (const name of ['createElement', 'createTreeWalker', 'querySelectorAll', 'body']) {
      Object.defineProperty(document, name, { configurable: true, get: boom });
    }
    const formNames = ['insertBefore', 'appendChild', 'removeChild', 'localName', 'getAttribute', 'closest'];
    for (const name of formNames) Object.defineProperty(form, name, { configurable: true, get: boom });
    try {
      showHighlights(document, [callEvent([entity('Witkoff'), entity('Steve Witkoff')])], {
        signal: new AbortController().signal,
      });
      expect(Array.from(form.querySelectorAll('backstory-mark'), (m) => m.textContent)).toEqual(['Steve Witkoff', 'Witkoff']);
      clearHighlights(document);
    } finally {
      for (const name of ['createElement', 'createTreeWalker', 'querySelectorAll', 'body']) {
        delete (document as unknown as Record<string, unknown>)[name];
      }
      for (const name of formNames) delete (form as unknown as Record<string, unknown>)[name];
    }
    expect(document.body.innerHTML).toBe(before);
  });
});
