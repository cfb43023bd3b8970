// @vitest-environment happy-dom
/**
 * Index text cannot spoof what the reader sees (popup): bidi overrides and invisible characters are
 * gone, each index string keeps to its own direction, and each link shows the host it goes to.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EventCard } from '@/components/EventCard';
import { MentionList } from '@/components/MentionList';
import { SourceList } from '@/components/SourceList';
import type { NewsEvent, Source } from '@/lib/index-format/types';
import { eventFeed } from '@/lib/feeds/status';
import type { IndexMeta } from '@/lib/store/schema';
import { buildFoundEvents, toEventView } from '@/lib/results/event-view';
import { auditRendered } from './rendered-audit';
import { mount, useEnglish, type Mounted } from './render';

const M = '\uE123'; // marks index text, to find it in the DOM
const RLO = '\u202E';
const SPOOF_URL = 'https://evil.example/%E2%80%AEmoc.grebmoolb.www//:sptth';

const hostile: NewsEvent = {
  id: 'hostile',
  title: `${M}Mayor resigns ${RLO}gnihtemos\u2066 \u200B`,
  summary: `${M}A summary with an override ${RLO}txet desrever and an isolate \u2067 left open`,
  dates: { start: '2025-10-14' },
  sources: [
    { url: SPOOF_URL, outlet: `${M}Bloomberg${RLO}`, language: 'en', kind: 'original' },
    { url: 'https://evil.example/a', outlet: `${M}Reuters`, title: `${M}www.bloomberg.com/news/2025 ${RLO}`, language: 'en', kind: 'coverage' },
    { url: 'https://www.example.org/b', outlet: `${M}\u2067مصدر`, title: `${M}عنوان ${RLO}`, language: 'ar', kind: 'analysis' },
    { url: 'javascript:alert(1)', outlet: `${M}Nowhere`, language: 'en', kind: 'reaction' },
  ],
  related: ['other'],
} as unknown as NewsEvent;
const other = { ...hostile, id: 'other', title: `${M}Related ${RLO}eltit`, related: [] } as unknown as NewsEvent;
const lookup = (id: string) => (id === 'hostile' ? hostile : id === 'other' ? other : undefined);
const feed = { id: 'bundled', publisher: 'Example publisher', stale: false };

let mounted: Mounted | undefined;
beforeAll(useEnglish);
afterEach(() => mounted?.unmount());

describe('hostile index text in the popup', () => {
  it('reaches the screen without bidi controls, each string isolated, each link showing its own host', async () => {
    const [found] = buildFoundEvents(
      [{ id: 'hostile', score: 0.9, prominence: 'main', evidence: [{ kind: 'entity', entity: 'x', text: `${M}Mayor${RLO}`, start: 0, end: 5 }, { kind: 'link', url: SPOOF_URL }] }],
      lookup,
      feed,
    );
    mounted = await mount(
      <EventCard event={found!} locale="en" found={{ evidence: found!.evidence, pageIsSource: false }} onOpenRelated={() => undefined} onDismiss={() => undefined} />,
    );
    expect(auditRendered(mounted.root, M)).toEqual([]);
    const links = [...mounted.root.querySelectorAll('a')];
    expect(links.map((a) => a.querySelector('[data-testid="source-host"]')?.textContent)).toEqual(['evil.example', 'example.org', 'evil.example']);
    // The percent-encoded look-alike shows its override encoded, after the real host.
    expect(links[0]!.textContent).toMatch(/^evil\.example\/%E2%80%AEmoc/);
    expect(mounted.root.textContent).not.toContain('\u200B');
  });

  it('reaches the mentions list the same way: title and publisher cleaned and isolated', async () => {
    const [found] = buildFoundEvents(
      [{ id: 'hostile', score: 0.6, prominence: 'mention', evidence: [{ kind: 'entity', entity: 'x', text: `${M}Mayor`, start: 900, end: 905 }] }],
      lookup,
      // The feed as the worker names it (lib/feeds/status.ts), from a hostile publisher name.
      eventFeed('example-news', undefined, { publisher: `${M}Example ${RLO}swen`, expires: '2099-01-01T00:00:00Z' } as IndexMeta, 0),
    );
    const dismissals = { cards: {}, dismiss: () => undefined, undo: () => undefined };
    mounted = await mount(<MentionList events={[found!]} afterMain locale="en" dismissals={dismissals} onOpen={() => undefined} />);
    expect(auditRendered(mounted.root, M)).toEqual([]);
    expect(mounted.root.querySelector('.mention-meta')?.textContent).toContain('Example');
    expect(mounted.root.textContent).not.toContain('\u200B');
  });

  it('isolates raw index strings too, and still shows the real host (SourceList given the index as is)', async () => {
    mounted = await mount(<SourceList sources={hostile.sources as Source[]} locale="en" />);
    expect(auditRendered(mounted.root).filter((p) => !p.startsWith('bidi control in text'))).toEqual([]);
    const walker = document.createTreeWalker(mounted.root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.nodeValue?.includes(M)) continue;
      expect(n.parentElement!.closest('bdi, [dir]'), JSON.stringify(n.nodeValue)).not.toBeNull();
    }
  });

  it('the event view strips the controls from every index string once, for popup, card and tooltip alike', () => {
    const view = toEventView(hostile, lookup, feed);
    const strings = [view.title, view.summary, ...view.related.map((r) => r.title), ...view.sources.flatMap((s) => [s.outlet, s.title ?? ''])];
    for (const s of strings) expect(s).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);
    expect(view.sources[0]!.url).toBe(SPOOF_URL); // links are labelled from the parsed URL, not rewritten
  });
});
