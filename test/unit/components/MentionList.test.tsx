// @vitest-environment happy-dom
/** The popup with main events and mentions: cards first, then the compact "Also mentioned" list. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PopupApp } from '@/components/PopupApp';
import type { FoundEvent } from '@/lib/domain/event';
import type { TabResult } from '@/lib/domain/tab-result';
import { fakeServices } from './fake-services';
import { gazaDeal, indexStatus, pageResult, putinCall, witkoffCall } from './fixtures';
import { click, mount, texts, useEnglish, waitFor, type Mounted } from './render';

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());
beforeAll(useEnglish);

async function open(events: FoundEvent[], dismiss: (id: string, dismissed: boolean) => unknown = (id, dismissed) => ({ highlights: false, dismissed: dismissed ? [id] : [] })) {
  const result: TabResult = { ...pageResult, events };
  const services = fakeServices({
    'tab/get': () => result,
    'index/status': () => indexStatus,
    'sites/get': () => ({ mode: 'none' }),
    'index/search': () => [],
    'event/get': () => null,
    'event/dismiss': ({ id, dismissed }) => dismiss(id, dismissed) as never,
  });
  mounted = await mount(<PopupApp services={services} tabId={7} debounceMs={5} />);
  const root = mounted.root;
  await waitFor(() => root.querySelector('[data-testid="event"], [data-testid="mention"]'), 'events');
  // The lines after the first frame's share (hooks/use-staged-cards.ts).
  await waitFor(() => root.querySelectorAll('[data-testid="event"], [data-testid="mention"]').length === events.length, 'all events');
  return { root, services };
}

const cardIds = (root: ParentNode) => [...root.querySelectorAll('[data-testid="event"]')].map((el) => el.getAttribute('data-event-id'));
const mentionIds = (root: ParentNode) => [...root.querySelectorAll('[data-testid="mention"]')].map((el) => el.getAttribute('data-event-id'));

describe('popup: main events and mentions', () => {
  it('shows the main event as a card, then the mentions one line each under their heading', async () => {
    const { root } = await open([witkoffCall, gazaDeal, putinCall]);
    expect(cardIds(root)).toEqual([witkoffCall.id]);
    const list = root.querySelector('[data-testid="mentions"] ul')!;
    // A real list, named by its heading.
    const heading = root.querySelector('[data-testid="mentions"] h3')!;
    expect(heading.textContent).toBe('Also mentioned on this page');
    expect(list.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(list.querySelectorAll(':scope > li')).toHaveLength(2);
    expect(mentionIds(root)).toEqual([gazaDeal.id, putinCall.id]);
    // After the card in reading order.
    const card = root.querySelector('[data-testid="event"]')!;
    expect(card.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Each line: title and date; the publisher only for a feed other than the bundled one.
    const [gaza, call] = [...root.querySelectorAll<HTMLButtonElement>('[data-testid="mention"]')];
    expect(gaza!.tagName).toBe('BUTTON');
    expect(gaza!.querySelector('.mention-title')!.textContent).toBe(gazaDeal.title);
    expect(gaza!.querySelector('.mention-meta')!.textContent).toBe('Oct 13, 2025');
    expect(call!.querySelector('.mention-meta')!.textContent).toBe('Oct 16, 2025 · Example News');
    expect(root.querySelector('[data-testid="mentions-only"]')).toBeNull();
    // A mention has no card of its own and no "Not this event" in the list.
    expect(root.querySelectorAll('[data-testid="dismiss"]')).toHaveLength(1);
  });

  it('opens a mention in the detail view with its card and why it was flagged, and Back returns focus to its line', async () => {
    const { root, services } = await open([witkoffCall, gazaDeal]);
    await click(root.querySelector(`[data-testid="mention"][data-event-id="${gazaDeal.id}"]`));
    const card = await waitFor(() => root.querySelector(`[data-testid="event"][data-event-id="${gazaDeal.id}"]`), 'mention card');
    expect(root.querySelector('.detail')?.getAttribute('aria-label')).toBe(gazaDeal.title);
    expect(card.querySelector('h3')?.textContent).toBe(gazaDeal.title);
    expect(texts(card, '.why-row')).toEqual(['Phrases“Gaza ceasefire”']);
    expect(root.querySelector('[data-testid="mentions"]')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('[data-testid="back"]'));
    // Already known: no round trip to the background.
    expect(services.sent('event/get')).toEqual([]);
    await click(root.querySelector('[data-testid="back"]'));
    await waitFor(() => document.activeElement === root.querySelector(`[data-testid="mention"][data-event-id="${gazaDeal.id}"]`), 'focus on the line');
    expect(cardIds(root)).toEqual([witkoffCall.id]);
  });

  it('says the page is about none of them when only mentions were found, and shows no card', async () => {
    const { root } = await open([gazaDeal, putinCall]);
    expect(cardIds(root)).toEqual([]);
    const intro = root.querySelector('[data-testid="mentions-only"]')!;
    expect(intro.textContent).toBe('This page is not about a known event, but it mentions:');
    expect(root.querySelector('[data-testid="mentions"] ul')?.getAttribute('aria-labelledby')).toBe(intro.id);
    expect(root.querySelector('[data-testid="mentions"] h3')).toBeNull();
    expect(mentionIds(root)).toEqual([gazaDeal.id, putinCall.id]);
    expect(root.querySelector('[data-testid="empty-state"]')).toBeNull();
    expect(root.querySelector('[data-testid="live-status"]')?.textContent).toBe('2 known events on this page');
  });

  it('shows only cards when every event is main', async () => {
    const { root } = await open([witkoffCall, { ...gazaDeal, prominence: 'main' }]);
    expect(cardIds(root)).toEqual([witkoffCall.id, gazaDeal.id]);
    expect(root.querySelector('[data-testid="mentions"]')).toBeNull();
  });

  it('shows the event whose source the reader has open as a card, whatever its prominence', async () => {
    const { root } = await open([{ ...witkoffCall, prominence: 'mention' }, gazaDeal]);
    expect(cardIds(root)).toEqual([witkoffCall.id]);
    expect(root.querySelector('[data-testid="reading-marker"]')).not.toBeNull();
    expect(mentionIds(root)).toEqual([gazaDeal.id]);
  });

  it('hides a mention from its card with "Not this event"; its line becomes the notice, and Undo brings it back', async () => {
    const { root, services } = await open([witkoffCall, gazaDeal]);
    await click(root.querySelector(`[data-testid="mention"][data-event-id="${gazaDeal.id}"]`));
    const dismiss = await waitFor(() => root.querySelector('.detail [data-testid="dismiss"]'), 'Not this event in the detail view');
    expect(dismiss.getAttribute('aria-label')).toBe(`Not this event: ${gazaDeal.title}`);
    await click(dismiss);
    await waitFor(() => root.querySelector('.detail [data-testid="dismissed"]'), 'notice in the detail view');
    expect(services.sent('event/dismiss')).toEqual([{ id: gazaDeal.id, dismissed: true }]);
    expect(document.activeElement).toBe(root.querySelector('.detail [data-testid="undo"]'));

    await click(root.querySelector('[data-testid="back"]'));
    const notice = await waitFor(() => root.querySelector(`[data-testid="mentions"] li [data-testid="dismissed"][data-event-id="${gazaDeal.id}"]`), 'notice in the list');
    expect(notice.textContent).toContain(`Hidden: ${gazaDeal.title}`);
    expect(mentionIds(root)).toEqual([]);
    // The main card is untouched, and focus is on the line's Undo (its button is gone).
    expect(cardIds(root)).toEqual([witkoffCall.id]);
    await waitFor(() => document.activeElement === notice.querySelector('[data-testid="undo"]'), 'focus on Undo');

    await click(notice.querySelector('[data-testid="undo"]'));
    await waitFor(() => mentionIds(root).length === 1, 'the line again');
    // Focus moves from the vanished Undo to the line it restored.
    await waitFor(() => document.activeElement === root.querySelector(`[data-testid="mention"][data-event-id="${gazaDeal.id}"]`), 'focus on the line');
    expect(services.sent('event/dismiss')).toEqual([
      { id: gazaDeal.id, dismissed: true },
      { id: gazaDeal.id, dismissed: false },
    ]);
  });

  it('keeps the mention list when the main card is hidden', async () => {
    const { root } = await open([witkoffCall, gazaDeal]);
    await click(root.querySelector('[data-testid="event"] [data-testid="dismiss"]'));
    await waitFor(() => root.querySelector(`[data-testid="dismissed"][data-event-id="${witkoffCall.id}"]`), 'main card hidden');
    expect(root.querySelector('[data-testid="mentions"] h3')?.textContent).toBe('Also mentioned on this page');
    expect(mentionIds(root)).toEqual([gazaDeal.id]);
  });
});
