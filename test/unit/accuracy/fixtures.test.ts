/**
 * Accuracy of extraction + engine + the bundled default index on hand-written news pages
 * (test/fixtures/pages, see its README). Each page lists events it must and must not match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlToPage } from '../../../lib/extract/html-to-page';
import { formatIssue, parseIndexJson } from '../../../lib/index-format/validate-index';
import { compileIndex, matchPage, type EventMatch } from '../../../lib/matcher/index';

const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const DEFAULT_INDEX = fileURLToPath(new URL('../../../public/default-index.json', import.meta.url));
const MIN_RECALL = 0.9;
const MIN_PRECISION = 0.95;

interface Expected {
  mustMatch: string[];
  mustNotMatch: string[];
  about: string;
}

interface PageResult {
  name: string;
  expected: Expected;
  found: EventMatch[];
}

const names = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();

function readExpected(name: string): Expected {
  return JSON.parse(readFileSync(`${PAGES_DIR}${name}.expected.json`, 'utf8')) as Expected;
}

/** "event-id (score; evidence texts)" for failure messages. */
function describeMatch(m: EventMatch): string {
  const texts = m.evidence.map((e) => ('text' in e ? e.text : `${e.kind}:${e.url}`));
  return `${m.id} (${m.score.toFixed(2)}; ${texts.join(', ')})`;
}

const results = new Map<string, PageResult>();

beforeAll(async () => {
  const parsed = parseIndexJson(readFileSync(DEFAULT_INDEX, 'utf8'));
  if (!parsed.ok) throw new Error(`default index is invalid: ${parsed.errors.map(formatIssue).join('; ')}`);
  const matcher = compileIndex(parsed.index);
  for (const name of names) {
    const page = await htmlToPage(readFileSync(`${PAGES_DIR}${name}.html`, 'utf8'));
    const found = matchPage(matcher, {
      text: page.text,
      url: page.canonicalUrl,
      links: page.links,
      published: page.published,
      lang: page.lang,
      title: page.title,
    });
    results.set(name, { name, expected: readExpected(name), found });
  }
}, 120_000);

describe('fixture pages', () => {
  it('are well formed: every page has expectations, ids are event ids, nothing is both', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    for (const name of names) {
      expect(name).toMatch(/^[a-z]{2}-[a-z0-9-]+$/);
      const e = readExpected(name);
      expect(e.about.trim()).not.toBe('');
      for (const id of [...e.mustMatch, ...e.mustNotMatch]) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(e.mustMatch.filter((id) => e.mustNotMatch.includes(id))).toEqual([]);
    }
    const files = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.slice(0, -'.expected.json'.length)).sort()).toEqual(names);
  });

  it.each(names)('%s', (name) => {
    const r = results.get(name);
    expect(r, 'page was not scanned (see beforeAll)').toBeDefined();
    const { expected, found } = r!;
    const ids = found.map((m) => m.id);
    const missed = expected.mustMatch.filter((id) => !ids.includes(id));
    const wrong = found.filter((m) => expected.mustNotMatch.includes(m.id)).map(describeMatch);
    expect({ missed, wrong }, `${expected.about}\nfound: ${found.map(describeMatch).join(' | ') || 'nothing'}`).toEqual({
      missed: [],
      wrong: [],
    });
  });

  it(`reach recall >= ${MIN_RECALL} and precision >= ${MIN_PRECISION} over all pages`, () => {
    let expectedCount = 0;
    let hits = 0;
    let judged = 0;
    for (const { expected, found } of results.values()) {
      expectedCount += expected.mustMatch.length;
      const ids = found.map((m) => m.id);
      hits += expected.mustMatch.filter((id) => ids.includes(id)).length;
      // Precision counts only events the page has an opinion on (listed either way).
      judged += ids.filter((id) => expected.mustMatch.includes(id) || expected.mustNotMatch.includes(id)).length;
    }
    expect(results.size).toBe(names.length);
    const recall = expectedCount === 0 ? 0 : hits / expectedCount;
    const precision = judged === 0 ? 0 : hits / judged;
    console.log(
      `fixture accuracy: recall ${recall.toFixed(3)} (${hits}/${expectedCount}), precision ${precision.toFixed(3)} (${hits}/${judged}) over ${results.size} pages`,
    );
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
