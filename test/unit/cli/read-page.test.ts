import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode, looksLikeHtml, readPage } from '../../../lib/cli/read-page';
import { SOURCE_URL, writeCliFixtures } from './cli-fixtures';

const fx = writeCliFixtures();
afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

describe('readPage', () => {
  it('reads HTML as a page: article text, links, its own date, canonical URL and language', async () => {
    const page = await readPage(fx.html, {});
    expect(page).toEqual({
      text: 'Утечка\n\nУиткофф и Ушаков: утечка записи телефонного разговора. Подробнее',
      links: [SOURCE_URL],
      title: 'Утечка',
      url: 'https://example.ru/news/1',
      published: '2025-11-26',
      lang: 'ru',
    });
  });

  it('lets --date and --url override the page', async () => {
    const page = await readPage(fx.html, { date: '2025-11-01', url: 'https://override.example/p' });
    expect(page.published).toBe('2025-11-01');
    expect(page.url).toBe('https://override.example/p');
  });

  it('reads anything else as plain text, with only the given date and URL', async () => {
    expect(await readPage(fx.text, {})).toEqual({
      text: 'Steve Witkoff coached Yuri Ushakov in a phone call, a leaked recording shows.\n\nMore text.\n',
      links: [],
    });
    expect(await readPage(fx.text, { date: '2025-11-30', url: SOURCE_URL })).toMatchObject({ published: '2025-11-30', url: SOURCE_URL });
  });

  it('decodes a page in the encoding it declares', async () => {
    const path = join(fx.dir, 'cp1251.html');
    // "Ушаков" in windows-1251.
    const word = Buffer.from([0xd3, 0xf8, 0xe0, 0xea, 0xee, 0xe2]);
    writeFileSync(path, Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'), word, Buffer.from('</p></body></html>')]));
    expect((await readPage(path, {})).text).toBe('Ушаков');
  });

  it('fails with the file name and reason', async () => {
    await expect(readPage(join(fx.dir, 'nope.txt'), {})).rejects.toThrow(/^cannot read .*nope\.txt: ENOENT/);
  });
});

describe('looksLikeHtml and decode', () => {
  it('goes by extension or by the first tag', () => {
    expect(looksLikeHtml('a.HTM', 'plain words')).toBe(true);
    expect(looksLikeHtml('a.txt', '\n  <!doctype html><p>x')).toBe(true);
    expect(looksLikeHtml('a', '<html lang="en">')).toBe(true);
    expect(looksLikeHtml('a.txt', 'About <html> tags')).toBe(false);
    expect(looksLikeHtml('notes.md', '# <html>')).toBe(false);
  });

  it('reads UTF-8 bytes as UTF-8 even under a legacy declaration, and legacy bytes by their declaration', () => {
    const utf8 = new TextEncoder().encode('<meta charset="windows-1256"><p>بوسان Ушаков</p>');
    expect(decode(utf8, true)).toContain('بوسان Ушаков');
    // "Ушаков" in windows-1251 is no valid UTF-8.
    const legacy = Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), Buffer.from([0xd3, 0xf8, 0xe0, 0xea, 0xee, 0xe2])]);
    expect(decode(legacy, true)).toContain('Ушаков');
  });

  it('falls back to UTF-8 for unknown labels', () => {
    const bytes = new TextEncoder().encode('<meta charset="x-unknown"><p>Ушаков</p>');
    expect(decode(bytes, true)).toContain('Ушаков');
  });
});
