import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToPage } from '../../../lib/extract/html-to-page';

describe('htmlToPage', () => {
  const requests: string[] = [];
  let server: http.Server;
  let origin = '';

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('document.body.innerHTML = "<p>LOADED</p>";');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('extracts a page with its metadata, resolving relative URLs against the given URL', async () => {
    const p = await htmlToPage(
      `<!doctype html><html lang="de"><head><title>Titel</title>
      <link rel="canonical" href="/politik/genf.html"><meta name="date" content="2025-11-23"></head>
      <body><article><h1>Gespräche in Genf</h1><p>Text mit <a href="../quelle.html">Quelle</a>.</p></article></body></html>`,
      'https://www.example.de/politik/artikel/1.html',
    );
    expect(p).toEqual({
      text: 'Gespräche in Genf\n\nText mit Quelle.',
      title: 'Titel',
      lang: 'de',
      canonicalUrl: 'https://www.example.de/politik/genf.html',
      published: '2025-11-23',
      links: ['https://www.example.de/politik/quelle.html'],
      feeds: [],
      source: 'article',
      truncated: false,
    });
  });

  it('leaves out paragraphs that are all link text (a related-links list in a table layout) but keeps their links', async () => {
    const html = `<html><body><table><tr><td>
      <p>The council approved the new tram line on Monday after a two-year debate about its route through the old town.</p>
      <p>Work starts in spring; the first trams are due in three years, the mayor said.</p>
      <b>Related</b><br><a href="https://news.example.org/a">Thieves take jewels from the Louvre</a><br>
      <a href="https://news.example.org/b">Quake strikes near Mandalay</a><br>
      <p>Read the plan <a href="https://news.example.org/plan">on the city's site</a> before the hearing.</p>
    </td></tr></table></body></html>`;
    const page = await htmlToPage(html, 'https://news.example.org/tram');
    expect(page.text).toContain('The council approved the new tram line');
    expect(page.text).toContain('Read the plan on the city');
    expect(page.text).not.toContain('Louvre');
    expect(page.text).not.toContain('Mandalay');
    expect(page.links).toEqual(expect.arrayContaining(['https://news.example.org/a', 'https://news.example.org/b', 'https://news.example.org/plan']));
  });

  it('drops relative URLs when no page URL is given', async () => {
    const p = await htmlToPage('<head><link rel="canonical" href="/a"></head><body><p><a href="/b">b</a> <a href="https://x.example/c">c</a></p></body>');
    expect(p.canonicalUrl).toBeUndefined();
    expect(p.links).toEqual(['https://x.example/c']);
  });

  it('runs no script and loads nothing: no request leaves for scripts, styles, images, frames or refreshes', async () => {
    const p = await htmlToPage(
      `<html><head><meta http-equiv="refresh" content="0;url=${origin}/refresh">
      <link rel="stylesheet" href="${origin}/style.css"><link rel="preload" as="script" href="${origin}/preload.js">
      <script src="${origin}/script.js"></script>
      <script>document.body.innerHTML = '<p>INJECTED</p>'; fetch('${origin}/fetch');</script></head>
      <body><p>Original text</p><img src="${origin}/img.png"><iframe src="${origin}/frame.html"></iframe>
      <object data="${origin}/object"></object><embed src="${origin}/embed"><video src="${origin}/video.mp4"></video></body></html>`,
      'https://example.com/',
    );
    // Give any stray asynchronous load time to reach the server.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(p.text).toBe('Original text');
    expect(requests).toEqual([]);
  });

  it('parses a 10 000-deep document without throwing', async () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}deep <a href="https://deep.example/">link</a>${'</div>'.repeat(10_000)}</body></html>`;
    const p = await htmlToPage(html);
    expect(p.text).toBe('deep link');
    expect(p.links).toEqual(['https://deep.example/']);
  });
});
