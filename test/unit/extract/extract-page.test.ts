// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract/extract-page';

const BASE = 'https://news.example.com/world/2025/11/26/story.html';
const LONG = 'Steve Witkoff advised Yuri Ushakov on how Vladimir Putin should approach Donald Trump, according to a leaked recording. ';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function page(html: string, opts: { baseUrl?: string; maxChars?: number } = { baseUrl: BASE }) {
  return extractPage(parse(html), opts);
}

describe('extractPage: main text', () => {
  it('reads the article, separates blocks by blank lines and leaves out page chrome and hidden parts', () => {
    const p = page(`<!doctype html><html><head><title>t</title><style>.x{color:red}</style></head><body>
      <header>Site header with Trending: Louvre heist</header>
      <nav><a href="/">Home</a> World Politics</nav>
      <div role="dialog" class="cookies">We use cookies. Accept all</div>
      <article>
        <header><h1>Envoy coached Kremlin aide</h1><p class="byline">By Staff</p></header>
        <p>First <b>para</b>graph of the story, with a <a href="https://meduza.io/feature/x">link</a>.</p>
        <div>Loose div text<p>nested paragraph</p>tail after it</div>
        <script>var ad = "SCRIPT TEXT";</script>
        <aside class="related"><a href="/other">Related: PSG win the Champions League</a></aside>
        <p hidden>hidden attribute</p>
        <p style="color:red; display : none">inline display none</p>
        <p aria-hidden="true">aria hidden</p>
        <div data-backstory-ui="card">Backstory card text</div>
        <noscript>Enable JavaScript</noscript>
        <ul><li>one</li><li>two<br>three</li></ul>
        <blockquote>“Quoted words”</blockquote>
        <footer>Article footer: filed under Russia</footer>
      </article>
      <footer>Site footer © News</footer>
    </body></html>`);
    expect(p.source).toBe('article');
    expect(p.text.split('\n\n')).toEqual([
      'Envoy coached Kremlin aide',
      'By Staff',
      'First paragraph of the story, with a link.',
      'Loose div text',
      'nested paragraph',
      'tail after it',
      'one',
      'two',
      'three',
      '“Quoted words”',
      'Article footer: filed under Russia',
    ]);
    expect(p.truncated).toBe(false);
  });

  it('picks the <article> with the most text over teaser articles', () => {
    const p = page(`<body><main>
      <article><h2>Teaser one</h2><p>Short.</p></article>
      <article><h1>Main story</h1><p>${LONG.repeat(4)}</p></article>
      <article><h2>Teaser two</h2><p>Also short.</p></article>
    </main></body>`);
    expect(p.source).toBe('article');
    expect(p.text.startsWith('Main story\n\nSteve Witkoff')).toBe(true);
    expect(p.text).not.toContain('Teaser');
  });

  it('falls back to <main> or [role=main], then to <body>, skipping header, footer and aside there', () => {
    const main = page(`<body><header>Header</header><div role="main"><h1>Title</h1><p>${LONG.repeat(3)}</p></div>
      <aside>Most read</aside><footer>Footer</footer></body>`);
    expect(main.source).toBe('main');
    expect(main.text).toMatch(/^Title\n\nSteve Witkoff/);

    const body = page(`<body><header>Header</header><table><tr><td><p>${LONG.repeat(3)}</p></td></tr></table>
      <aside>Most read</aside><footer>Footer</footer></body>`);
    expect(body.source).toBe('body');
    expect(body.text).toBe(LONG.repeat(3).trim());
  });

  it('does not take a short <article> (a teaser card) over a longer <main>', () => {
    const p = page(`<body><main><h1>Story</h1><p>${LONG.repeat(3)}</p>
      <article><p>Card</p></article></main></body>`);
    expect(p.source).toBe('main');
    expect(p.text).toContain('Steve Witkoff');
  });

  it('uses a JSON-LD articleBody (also inside @graph) and still collects links from the article', () => {
    const body = `${LONG}\n\nSecond paragraph of the body. ${LONG}`;
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'x' },
        { '@type': ['NewsArticle'], headline: 'H', datePublished: '2025-11-25T23:30:00-05:00', inLanguage: 'en-US', articleBody: body },
      ],
    });
    const p = page(`<html><head><script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">${ld}</script></head>
      <body><article><p>Visible teaser only <a href="/world/other.html">other</a></p></article></body></html>`);
    expect(p.source).toBe('json-ld');
    expect(p.text).toBe(`${LONG.trim()}\n\nSecond paragraph of the body. ${LONG.trim()}`);
    expect(p.links).toEqual(['https://news.example.com/world/other.html']);
    // The date part as written: no shift to UTC (which would be the 26th).
    expect(p.published).toBe('2025-11-25');
    expect(p.lang).toBe('en-US');
  });

  it('puts the headline and the standfirst before a JSON-LD articleBody that lacks them, once', () => {
    const ld = (extra: object) => JSON.stringify({ '@type': 'NewsArticle', articleBody: LONG.repeat(3), ...extra });
    const withHead = page(`<head><script type="application/ld+json">${ld({ description: 'Four men took eight jewels in seven minutes.' })}</script></head>
      <body><main><h1>Louvre heist: crown jewels taken</h1><p>Teaser.</p></main></body>`);
    expect(withHead.source).toBe('json-ld');
    expect(withHead.text.split('\n\n').slice(0, 2)).toEqual(['Louvre heist: crown jewels taken', 'Four men took eight jewels in seven minutes.']);
    expect(withHead.text).toContain('leaked recording');
    // The standfirst from og:description when JSON-LD has none; nothing the body already says.
    const already = page(`<head><meta property="og:description" content="${LONG.trim()}"><script type="application/ld+json">${ld({})}</script></head>
      <body><h1>Leaked call</h1></body>`);
    expect(already.text.split('\n\n')[0]).toBe('Leaked call');
    expect(already.text.split(LONG.trim()).length - 1).toBe(3);
  });

  it('reads the headline, byline and date in a <header> inside <main>', () => {
    const p = page(`<body><header><nav><a href="/">Site</a></nav></header><main><header><h1>Tsunami evacuations reviewed</h1>
      <time datetime="2025-08-22T07:00:00+09:00">22 August</time></header><p>${LONG.repeat(3)}</p></main></body>`);
    expect(p.source).toBe('main');
    expect(p.text.startsWith('Tsunami evacuations reviewed')).toBe(true);
    expect(p.text).not.toContain('Site');
    expect(p.published).toBe('2025-08-22');
  });

  it('ignores a JSON-LD articleBody too short to be the article, and strips HTML inside one', () => {
    const shortLd = JSON.stringify({ '@type': 'ReportageNews', articleBody: 'Subscribe to read.' });
    const short = page(`<head><script type="application/ld+json">${shortLd}</script></head>
      <body><article><p>${LONG.repeat(3)}</p></article></body>`);
    expect(short.source).toBe('article');
    expect(short.text).toContain('leaked recording');

    const htmlLd = JSON.stringify({ '@type': 'schema:NewsArticle', articleBody: `<p>${LONG}&amp; more</p><p>Second <b>bold</b> ${LONG}</p>` });
    const html = page(`<head><script type="application/ld+json">${htmlLd}</script></head><body></body>`);
    expect(html.source).toBe('json-ld');
    expect(html.text).toBe(`${LONG}& more`.replace(/\s+/g, ' ').trim() + '\n\n' + `Second bold ${LONG}`.trim());
  });
});

describe('extractPage: metadata', () => {
  it('takes og:title and <title> (both, one per line, when they say different things), then the first <h1>', () => {
    expect(page('<head><meta property="og:title" content="  OG   title "><title>Doc title</title></head><body><h1>H</h1></body>').title).toBe('OG title\nDoc title');
    // The <title> without the site's name; one that only repeats og:title adds nothing.
    expect(page('<head><meta property="og:title" content="Quake hits Myanmar"><title>Quake hits Myanmar | Daily Post</title></head><body></body>').title).toBe('Quake hits Myanmar');
    expect(page('<head><meta property="og:title" content="First night of the ceasefire"><title>India-Pakistan ceasefire holds – Lokvarta</title></head><body></body>').title)
      .toBe('First night of the ceasefire\nIndia-Pakistan ceasefire holds');
    expect(page('<head><meta property="og:title" content="Trump–Putin summit called off"><title>Trump–Putin summit called off</title></head><body></body>').title).toBe('Trump–Putin summit called off');
    expect(page('<head><title>Doc\n title</title></head><body><h1>H</h1></body>').title).toBe('Doc title');
    expect(page('<body><svg><title>icon</title></svg><h1>Heading <span>text</span></h1></body>').title).toBe('Heading text');
  });

  it('reads the language from <html lang>, og:locale or JSON-LD inLanguage', () => {
    expect(page('<html lang="RU"><body></body></html>').lang).toBe('ru');
    expect(page('<head><meta property="og:locale" content="uk_UA"></head><body></body>').lang).toBe('uk-UA');
    const ld = JSON.stringify({ '@type': 'NewsArticle', inLanguage: 'pl' });
    expect(page(`<head><script type="application/ld+json">${ld}</script></head><body></body>`).lang).toBe('pl');
    expect(page('<html lang="not a language!"><body></body></html>').lang).toBeUndefined();
    expect(page('<head><meta http-equiv="Content-Language" content="de, en"></head><body></body>').lang).toBe('de');
  });

  it('resolves the canonical URL (link rel=canonical, then og:url), http(s) only', () => {
    expect(page('<head><link rel="Canonical" href="/world/story?id=7#top"></head><body></body>').canonicalUrl).toBe(
      'https://news.example.com/world/story?id=7',
    );
    expect(page('<head><meta property="og:url" content="https://www.polsatnews.pl/a/"></head><body></body>').canonicalUrl).toBe(
      'https://www.polsatnews.pl/a/',
    );
    expect(page('<head><link rel="canonical" href="javascript:alert(1)"></head><body></body>').canonicalUrl).toBeUndefined();
    // Without baseUrl, relative URLs resolve against the document's own URL (the content script case).
    const doc = parse('<head><link rel="canonical" href="/relative"></head><body></body>');
    expect(extractPage(doc).canonicalUrl).toBe(new URL('/relative', doc.URL).href);
  });

  it('takes the publication date from JSON-LD, then meta tags, then the first <time> in the article', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2025-11-26' });
    expect(
      page(`<head><script type="application/ld+json">${ld}</script><meta property="article:published_time" content="2025-11-20T10:00:00Z"></head><body></body>`)
        .published,
    ).toBe('2025-11-26');
    expect(page('<head><meta property="article:published_time" content="2025-11-27T01:00:00+09:00"></head><body></body>').published).toBe('2025-11-27');
    expect(page('<head><meta name="parsely-pub-date" content="2025-10-17T08:00:00Z"></head><body></body>').published).toBe('2025-10-17');
    expect(page('<head><meta name="DC.date" content="2025/04/21"></head><body></body>').published).toBe('2025-04-21');
    expect(page('<head><meta name="date" content="2025-13-01"></head><body></body>').published).toBeUndefined();
    expect(
      page(`<body><time datetime="2024-01-01">old, outside</time><article><p><time datetime="2025-06-12T09:00">12 June</time> ${LONG.repeat(3)}</p></article></body>`)
        .published,
    ).toBe('2025-06-12');
  });
});

describe('extractPage: links', () => {
  it('keeps absolute http(s) links of the main text, resolved, deduplicated, without fragments', () => {
    const p = page(`<head><base href="https://cdn.example.org/base/"></head><body><nav><a href="https://nav.example/">nav</a></nav><article><p>${LONG.repeat(3)}
      <a href="rel.html">r</a> <a href="https://elpais.com/a.html#c">e</a> <a href="https://elpais.com/a.html">e again</a>
      <a href="mailto:x@y.z">m</a> <a href="javascript:void(0)">j</a> <a href="ftp://f.example/">f</a> <a>no href</a></p></article></body>`);
    expect(p.links).toEqual(['https://cdn.example.org/base/rel.html', 'https://elpais.com/a.html']);
  });

  it('caps the number of links', () => {
    const anchors = Array.from({ length: 800 }, (_, i) => `<a href="https://e.example/${i}">l</a>`).join(' ');
    const p = page(`<article><p>${LONG.repeat(3)} ${anchors}</p></article>`);
    expect(p.links.length).toBe(500);
    expect(p.links[0]).toBe('https://e.example/0');
  });
});

describe('extractPage: bounded on huge and hostile documents', () => {
  it('caps the text at maxChars and says so', () => {
    const p = page(`<article>${`<p>${LONG}</p>`.repeat(100)}</article>`, { maxChars: 1000 });
    expect(p.text.length).toBeLessThanOrEqual(1000);
    expect(p.text.length).toBeGreaterThan(900);
    expect(p.truncated).toBe(true);
  });

  it('reads a 10 000-deep nesting without overflowing the stack', () => {
    const doc = parse('<html><body></body></html>');
    let el: Element = doc.body;
    for (let i = 0; i < 10_000; i++) {
      const div = doc.createElement(i % 2 ? 'div' : 'span');
      el.appendChild(div);
      el = div;
    }
    el.appendChild(doc.createTextNode('deep text '));
    const a = doc.createElement('a');
    a.setAttribute('href', 'https://deep.example/');
    a.textContent = 'deep link';
    el.appendChild(a);
    const p = extractPage(doc);
    expect(p.text).toBe('deep text deep link');
    expect(p.links).toEqual(['https://deep.example/']);
  });

  it('extracts a 5 MB page with the default cap', () => {
    const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor '.repeat(20);
    const block = `<div class="block"><h2>Part</h2>${`<p>${words}<a href="/x">link</a> <b>bold</b> ${words}</p>`.repeat(5)}</div>`;
    const html = `<html><body><nav>menu</nav><article>${block.repeat(Math.ceil(5_000_000 / block.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThanOrEqual(5_000_000);
    const p = page(html);
    expect(p.text.length).toBeLessThanOrEqual(400_000);
    expect(p.text.length).toBeGreaterThan(399_000);
    expect(p.truncated).toBe(true);
    expect(p.links).toEqual(['https://news.example.com/x']);
    // Bounded output is the property here; how long it takes is bench:page's business.
  }, 60_000);

  it('is not fooled by a <form> whose controls clobber DOM properties', () => {
    // In browsers <form><input name="childNodes"> makes form.childNodes the input (also in a
    // content script). happy-dom does not do that, so the clobbering is simulated with own properties.
    const doc = parse(`<body><form id="aspnetForm"><input name="childNodes"><article><h1>Title</h1>
      <p>${LONG.repeat(3)}<a href="https://elpais.com/a.html">El País</a></p></article></form></body>`);
    const form = doc.querySelector('form')!;
    const input = form.querySelector('input')!;
    for (const key of ['childNodes', 'firstChild', 'localName', 'nodeName', 'nodeType', 'getAttribute', 'hasAttributes', 'contains']) {
      Object.defineProperty(form, key, { value: input, configurable: true });
    }
    const p = extractPage(doc, { baseUrl: BASE });
    expect(p.source).toBe('article');
    expect(p.text).toBe(`Title\n\n${LONG.repeat(3)}El País`);
    expect(p.links).toEqual(['https://elpais.com/a.html']);
  });

  it('never throws on odd documents', () => {
    const xml = new DOMParser().parseFromString('<feed><entry><title>T</title><p>text</p></entry></feed>', 'application/xml');
    expect(() => extractPage(xml)).not.toThrow();

    const frameset = extractPage(parse('<html><head><title>F</title></head><frameset><frame src="a.html"></frameset></html>'));
    expect(frameset).toMatchObject({ title: 'F', text: '', links: [] });

    const empty = parse('');
    empty.removeChild(empty.documentElement);
    expect(extractPage(empty)).toMatchObject({ text: '', title: '', links: [], truncated: false });

    const hostileLd = '[' .repeat(5000) + ']'.repeat(5000);
    const weird = extractPage(parse(`<head><script type="application/ld+json">${hostileLd}</script>
      <script type="application/ld+json">{"@type": 5, "articleBody": {"x": 1}, "datePublished": ["bad"]}</script></head>
      <body><p>${LONG.repeat(3)}</p></body>`));
    expect(weird.source).toBe('body');
    expect(weird.published).toBeUndefined();
  });
});
