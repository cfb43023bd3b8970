// The bundled index's matcher is compiled by the build and shipped beside the index
// (lib/feeds/bundled-matcher.ts). The worker must use it only for exactly the index it was
// compiled from, by this engine; anything else (another index, a damaged or missing file) means
// compiling, never a stale matcher.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToPage } from '../../../lib/extract/html-to-page';
import { packBundledMatcher, unpackBundledMatcher } from '../../../lib/feeds/bundled-matcher';
import { parseIndexJson } from '../../../lib/index-format/validate-index';
import { compileIndex, matchPage, toStored } from '../../../lib/matcher/index';
import { packMatcher } from '../../../lib/matcher/packed';

const PAGES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const indexBytes = new Uint8Array(readFileSync(new URL('../../../public/default-index.json', import.meta.url)));
const parsed = parseIndexJson(new TextDecoder().decode(indexBytes));
if (!parsed.ok) throw new Error('the bundled index should be valid');
const doc = parsed.index;

describe('the bundled matcher', () => {
  it('is the matcher the worker would compile from the shipped index, and finds the same events', async () => {
    const asset = await packBundledMatcher(indexBytes);
    const shipped = await unpackBundledMatcher(asset, indexBytes);
    const compiled = compileIndex(doc);
    expect(shipped).toEqual(compiled);
    // The accuracy fixtures (news pages written for the bundled index) find the same events.
    let found = 0;
    for (const file of readdirSync(PAGES).filter((f) => f.endsWith('.html'))) {
      const p = await htmlToPage(readFileSync(join(PAGES, file), 'utf8'));
      const page = { text: p.text, url: p.canonicalUrl, links: p.links, published: p.published, lang: p.lang, title: p.title };
      const events = matchPage(shipped!, page);
      expect(events).toEqual(matchPage(compiled, page));
      found += events.length;
    }
    expect(found).toBeGreaterThan(20);
  }, 60_000);

  it('is not used with another index (one byte changed), a damaged file or another engine version', async () => {
    const asset = await packBundledMatcher(indexBytes);
    const edited = indexBytes.slice();
    edited[edited.length - 2] = edited[edited.length - 2] === 0x20 ? 0x0a : 0x20;
    expect(await unpackBundledMatcher(asset, edited)).toBeNull();
    expect(await unpackBundledMatcher(asset.subarray(0, asset.length / 2), indexBytes)).toBeNull();
    expect(await unpackBundledMatcher(new Uint8Array(0), indexBytes)).toBeNull();
    const compiled = compileIndex(doc);
    const otherEngine = packMatcher({ ...toStored(compiled), format: compiled.format - 1 }, (await unpackStamp(asset))!);
    expect(await unpackBundledMatcher(otherEngine, indexBytes)).toBeNull();
  }, 30_000);

  it('refuses to build from an invalid index', async () => {
    await expect(packBundledMatcher(new TextEncoder().encode('{"format":"backstory-index"}'))).rejects.toThrow(/bundled index is invalid/);
  });
});

/** The stamp a packed file carries (the header's JSON). */
async function unpackStamp(asset: Uint8Array): Promise<string | undefined> {
  const length = new DataView(asset.buffer, asset.byteOffset).getUint32(4, true);
  return (JSON.parse(new TextDecoder().decode(asset.subarray(8, 8 + length))) as { stamp?: string }).stamp;
}
