// @vitest-environment happy-dom
/**
 * Property-based fuzz of what the reader sees: index documents whose strings and URLs are arbitrary
 * and hostile go through the validator and the event view (as in the extension) and are rendered
 * as the popup's EventCard (with its SourceList) and the in-page card. Whatever the strings, the
 * DOM holds only the components' own elements, no handler attributes, https links only, each
 * showing the host it goes to, no bidi control, and all index text inside a direction isolate
 * (rendered-audit.ts). 2,000 documents; a failure names the seed (replay with FUZZ_SEED=...).
 */
import fc from 'fast-check';
import { render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { EventCard } from '@/components/EventCard';
import { buildCard } from '@/lib/highlight/card-content';
import { makeLabels } from '@/lib/highlight/labels';
import type { IndexDocument } from '@/lib/index-format/types';
import { validateIndex } from '@/lib/index-format/validate-index';
import type { Evidence } from '@/lib/matcher/types';
import { buildFoundEvents } from '@/lib/results/event-view';
import { fuzz, hostileString, hostileUrl } from '../fuzz';
import { validDoc } from '../index-format/fixtures';
import { auditRendered } from './rendered-audit';
import { useEnglish } from './render';

const RUNS = 2000;
const TIMEOUT = 180_000;
/** Marks index text so the audit can find it in the DOM (a private-use character no UI string has). */
const M = '\uE123';
const FEED = { id: 'bundled', publisher: 'Example publisher', stale: false };

const hostileSource = fc.record(
  {
    url: hostileUrl(),
    outlet: hostileString(),
    title: hostileString(),
    language: fc.constantFrom('en', 'ar', 'he', 'ru', 'und'),
    kind: fc.constantFrom('original', 'primary', 'reaction', 'factcheck', 'analysis', 'coverage'),
  },
  { requiredKeys: ['url', 'outlet', 'language', 'kind'] },
);

const hostileEvent = fc.record({
  title: hostileString(),
  summary: hostileString(),
  sources: fc.array(hostileSource, { minLength: 1, maxLength: 5 }),
  relatedTitle: hostileString(),
  words: fc.array(hostileString(2), { maxLength: 3 }),
});

/** The valid test document with the first event's texts and sources replaced, every text marked. */
function documentWith(e: { title: string; summary: string; relatedTitle: string; sources: Record<string, unknown>[] }): unknown {
  const doc = validDoc();
  Object.assign(doc.events[0]!, {
    title: M + e.title,
    summary: M + e.summary,
    sources: e.sources.map((s) => ({ ...s, outlet: M + String(s.outlet), ...(s.title === undefined ? {} : { title: M + String(s.title) }) })),
  });
  doc.events[1]!.title = M + e.relatedTitle;
  return doc;
}

beforeAll(useEnglish);

describe('rendering arbitrary index text', () => {
  it('never shows an unknown element, a link that is not https or names another host, or an unisolated bidi control', () => {
    let rendered = 0;
    fuzz(
      fc.property(hostileEvent, (e) => {
        const checked = validateIndex(documentWith(e));
        if (!checked.ok) return; // refused whole: nothing to render
        const index: IndexDocument = checked.index;
        const byId = new Map(index.events.map((ev) => [ev.id, ev]));
        const evidence: Evidence[] = [
          ...e.words.map((w, i): Evidence => ({ kind: 'entity', entity: `e${i}`, text: M + w, start: 0, end: 1 })),
          { kind: 'link', url: index.events[0]?.sources[0]?.url ?? 'https://example.org/' },
        ];
        const found = buildFoundEvents(index.events.map((ev) => ({ id: ev.id, score: 0.9, prominence: 'main' as const, evidence })), (id) => byId.get(id), FEED);
        for (const event of found) {
          const root = document.createElement('div');
          document.body.append(root);
          render(
            <EventCard event={event} locale="en" found={{ evidence: event.evidence, pageIsSource: false }} onOpenRelated={() => undefined} onDismiss={() => undefined} />,
            root,
          );
          const popupProblems = auditRendered(root, M);
          render(null, root);
          root.remove();
          expect(popupProblems).toEqual([]);
          const { card } = buildCard(document, event, found.filter((o) => o !== event), makeLabels(undefined));
          expect(auditRendered(card, M)).toEqual([]);
          rendered++;
        }
      }),
      RUNS,
    );
    // The generators must reach the renderer, not only the validator's refusals.
    expect(rendered).toBeGreaterThan(RUNS / 4);
  }, TIMEOUT);
});
