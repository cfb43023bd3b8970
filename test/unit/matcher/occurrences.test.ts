/**
 * Occurrences.list: each pattern's occurrences as one run, in page order, the same as its linked
 * list, on every page (a page after a larger one reuses a larger table).
 */
import { describe, expect, it } from 'vitest';
import { collectOccurrences } from '../../../lib/matcher/collect-occurrences';
import { compileIndex } from '../../../lib/matcher/index';
import type { Occurrences } from '../../../lib/matcher/occurrences';
import { scanText } from '../../../lib/matcher/scan';
import { generateIndex, generateText } from '../../bench/generate';
import { sampleIndex } from './sample-index';

/** Per pattern on the page: its occurrences by the linked list and by the run. */
function bothWays(occ: Occurrences): { node: number; linked: number[]; run: number[]; toks: number[] }[] {
  return occ.nodes.map((node) => {
    const linked: number[] = [];
    for (let i = occ.head(node); i !== -1; i = occ.next[i]!) linked.push(i);
    const from = occ.list(node);
    const run = [...occ.listOcc.subarray(from, from + occ.count(node))];
    const toks = [...occ.listTok.subarray(from, from + occ.count(node))];
    return { node, linked, run, toks };
  });
}

describe('Occurrences.list', () => {
  const m = compileIndex(sampleIndex());
  const sentence = 'Witkoff called Ushakov; Steve Witkoff told Putin, and Ushakov told Bloomberg about Witkoff. ';

  it.each([
    ['a short page', sentence],
    ['a long page', sentence.repeat(400)],
    ['a short page after the long one', `${sentence} Putin and Kim in Seoul.`],
  ])('gives each pattern its own occurrences in page order: %s', (_, text) => {
    const occ = collectOccurrences(m, scanText(m, text));
    const patterns = bothWays(occ);
    expect(patterns.length).toBeGreaterThan(3);
    for (const p of patterns) {
      expect(p.run, `node ${p.node}`).toEqual(p.linked);
      expect(p.toks).toEqual(p.linked.map((i) => occ.tok[i]!));
    }
    // Runs do not overlap: together they hold every occurrence once.
    expect(patterns.flatMap((p) => p.run).sort((a, b) => a - b)).toEqual([...Array(occ.n).keys()]);
  });

  it('is right on a page with thousands of patterns, and on a small page after it', () => {
    const doc = generateIndex(2000);
    const g = compileIndex(doc);
    for (const bytes of [200_000, 2_000]) {
      const occ = collectOccurrences(g, scanText(g, generateText(doc, bytes)));
      const patterns = bothWays(occ);
      expect(patterns.length).toBeGreaterThan(bytes > 100_000 ? 1000 : 5);
      for (const p of patterns) expect(p.run, `node ${p.node}`).toEqual(p.linked);
    }
  });
});

describe('Occurrences.slot', () => {
  it('finds exactly the patterns of the current page, however many pages came before', () => {
    const doc = generateIndex(2000);
    const g = compileIndex(doc);
    const pages = [generateText(doc, 50_000, 7), generateText(doc, 3_000, 8), '', generateText(doc, 20_000, 9)];
    let before = new Set<number>();
    for (const text of pages) {
      const occ = collectOccurrences(g, scanText(g, text));
      const here = new Set(occ.nodes);
      // Patterns of the page before and not of this one: absent (their marks are cleared).
      const gone = [...before].filter((node) => !here.has(node));
      if (before.size > 0 && text !== '') expect(gone.length).toBeGreaterThan(0);
      for (const node of gone) {
        expect(occ.slot(node), `node ${node}`).toBe(-1);
        expect(occ.head(node)).toBe(-1);
        expect(occ.count(node)).toBe(0);
      }
      for (const node of here) {
        expect(occ.slot(node)).not.toBe(-1);
        expect(occ.count(node)).toBeGreaterThan(0);
      }
      before = here;
    }
  });
});
