// @vitest-environment happy-dom
// The card's "You are reading one of these sources" comes from the engine's own evidence, so a
// page the engine scores as a source is always shown as one (issue 7: they used to disagree).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EventCard } from '@/components/EventCard';
import { compileIndex, matchPage } from '@/lib/matcher';
import { buildFoundEvents } from '@/lib/results/event-view';
import { sampleIndex } from '../matcher/sample-index';
import { mount, useEnglish, type Mounted } from '../components/render';

const doc = sampleIndex();
doc.events[0]!.sources = [{ url: 'https://meduza.io/x', outlet: 'Meduza', language: 'ru', kind: 'coverage' }];
const matcher = compileIndex(doc);
const lookup = (id: string) => doc.events.find((e) => e.id === id);

let mounted: Mounted | undefined;
beforeAll(useEnglish);
afterEach(() => mounted?.unmount());

describe('this page is a source', () => {
  it('on https://www.meduza.io/x?utm_source=tg with a source at https://meduza.io/x, the card says so', async () => {
    const page = { url: 'https://www.meduza.io/x?utm_source=tg', text: 'A page with no names on it.' };
    const found = buildFoundEvents(matchPage(matcher, page), lookup, { id: 'bundled', publisher: 'Test publisher', stale: false });
    expect(found.map((f) => [f.id, f.score])).toEqual([['leaked-call', 1]]);
    const event = found[0]!;
    mounted = await mount(
      <EventCard event={event} locale="en" found={event} onOpenRelated={() => undefined} />,
    );
    expect(mounted.root.querySelector('[data-testid="reading-marker"]')?.textContent).toBe('You are reading one of these sources');
    expect(mounted.root.querySelector('.reading-badge')?.textContent).toBe('You are reading this');
  });

  it('is not claimed for another page of the same site', async () => {
    const page = { url: 'https://www.meduza.io/y?utm_source=tg', text: 'Witkoff and Ushakov: a leaked recording of the call.' };
    const found = buildFoundEvents(matchPage(matcher, page), lookup, { id: 'bundled', publisher: 'Test publisher', stale: false });
    expect(found.map((f) => f.id)).toEqual(['leaked-call']);
    expect(found[0]!.score).toBeLessThan(1);
    mounted = await mount(<EventCard event={found[0]!} locale="en" found={found[0]!} onOpenRelated={() => undefined} />);
    expect(mounted.root.querySelector('[data-testid="reading-marker"]')).toBeNull();
    expect(mounted.root.querySelector('.reading-badge')).toBeNull();
  });
});
