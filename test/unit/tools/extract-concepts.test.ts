/**
 * The bundled index's move to concepts (test/tools/extract-concepts.ts) must not change what any
 * event matches: every context group, expanded, has exactly the words it had. And it is
 * rerunnable: run on its own output it keeps the concepts and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conceptTable, expandConcepts, expandGroup } from '../../../lib/index-format/concepts';
import type { IndexDocument } from '../../../lib/index-format/types';
import { parseIndexJson } from '../../../lib/index-format/validate-index';
import { canonicalJson } from '../../../lib/index-format/canonical';
import { extractConcepts, termKey } from '../../tools/extract-concepts';

function bundled(): IndexDocument {
  const parsed = parseIndexJson(readFileSync(new URL('../../../public/default-index.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('invalid');
  return parsed.index;
}

/** Each group of each event as the set of folded words the matcher compiles. */
function groupKeys(doc: IndexDocument): string[][] {
  const concepts = conceptTable(doc.concepts);
  return doc.events.flatMap((e) =>
    e.match.context.map((g) => [...new Set(expandGroup(g, concepts).map(termKey))].sort()),
  );
}

describe('extract-concepts', () => {
  it('moves shared words into concepts without changing any group\'s words', () => {
    const literal = expandConcepts(bundled());
    const { doc, made } = extractConcepts(literal);
    expect(made.length).toBeGreaterThan(5);
    expect(doc.concepts!.length).toBe(made.length);
    for (const m of made) expect(m.groups).toBeGreaterThanOrEqual(2);
    expect(groupKeys(doc)).toEqual(groupKeys(literal));
    // It never makes a document less valid: the bundled index's concepts, written out as words,
    // give some groups more than the schema's 128 terms (the big concepts of the fourth session:
    // "selloff" in 39 languages); extraction may leave those as they were, but adds no other issue.
    const issues = (d: IndexDocument) => {
      const r = parseIndexJson(canonicalJson(d));
      return r.ok ? r.dropped.map((x) => x.id) : ['invalid'];
    };
    const before = new Set(issues(literal));
    expect(issues(doc).filter((id) => !before.has(id))).toEqual([]);
  });

  it('is rerunnable: the bundled index, already moved, stays as it is', () => {
    const doc = bundled();
    const again = extractConcepts(doc);
    expect(again.made).toEqual([]);
    expect(canonicalJson(again.doc)).toBe(canonicalJson(doc));
  });
});
