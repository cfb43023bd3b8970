// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../lib/highlight/constants';
import { findMentions } from '../../../lib/highlight/find-mentions';
import { collectMentions } from '../../../lib/highlight/mention-texts';
import { callEvent, context, entity, phrase, planEvent, setBody } from './fixtures';

function found(html: string, evidence: Parameters<typeof callEvent>[0], limits = DEFAULT_LIMITS): string[] {
  setBody(document, html);
  const mentions = collectMentions([callEvent(evidence)], limits.maxMentions);
  return findMentions(document, document.body, mentions, limits).map((h) => h.node.data.slice(h.start, h.end));
}

describe('collectMentions', () => {
  it('keeps entity, phrase and context texts of 3+ characters, deduplicated, phrases first', () => {
    const events = [
      callEvent([entity('Witkoff'), entity('witkoff'), context('leaked'), { kind: 'link', url: 'https://x.test/' }, entity('EU')]),
      planEvent([phrase('28-point plan'), entity('Witkoff')]),
    ];
    const mentions = collectMentions(events, 100);
    expect(mentions.map((m) => m.text)).toEqual(['28-point plan', 'Witkoff', 'leaked']);
    expect(mentions.find((m) => m.text === 'Witkoff')?.eventIds).toEqual(['witkoff-ushakov-call', 'us-28-point-plan']);
  });
});

describe('findMentions', () => {
  it('finds inflected names exactly as the page wrote them, as whole words only', () => {
    const html = '<p>Звонок Уиткоффа и Ушакова. Witkoffs aide. Ушаков said.</p>';
    expect(found(html, [entity('Уиткоффа'), entity('Ушакова'), entity('Witkoff')])).toEqual(['Уиткоффа', 'Ушакова']);
  });

  it('matches case-insensitively and across runs of whitespace and line breaks', () => {
    const html = '<p>Envoy STEVE\n      witkoff spoke; the 28-point\u00a0Plan followed.</p>';
    expect(found(html, [entity('Steve Witkoff'), phrase('28-point plan')])).toEqual(['STEVE\n      witkoff', '28-point\u00a0Plan']);
  });

  it('finds names inside unspaced scripts, where words are not separated', () => {
    expect(found('<p>特朗普的特使威特科夫与乌沙科夫通话。</p>', [entity('威特科夫'), entity('乌沙科夫')])).toEqual(['威特科夫', '乌沙科夫']);
  });

  it('prefers the longest mention at a position', () => {
    expect(found('<p>Steve Witkoff and Witkoff</p>', [entity('Witkoff'), entity('Steve Witkoff')])).toEqual([
      'Steve Witkoff',
      'Witkoff',
    ]);
  });

  it('never looks inside scripts, styles, form fields, editors or our own UI', () => {
    const html = `
      <script>var s = "Witkoff";</script><style>/* Witkoff */</style>
      <textarea>Witkoff</textarea><select><option>Witkoff</option></select><button>Witkoff</button>
      <div contenteditable="true"><p>Witkoff</p></div><div contenteditable="false">Witkoff (1)</div>
      <div data-backstory-ui>Witkoff</div><backstory-mark>Witkoff</backstory-mark>
      <p>Witkoff (2)</p>`;
    setBody(document, html);
    const mentions = collectMentions([callEvent([entity('Witkoff')])], 10);
    const hits = findMentions(document, document.body, mentions, DEFAULT_LIMITS);
    expect(hits.map((h) => h.node.data)).toEqual(['Witkoff (1)', 'Witkoff (2)']);
  });

  it('marks mentions inside links as passive (no separate tab stop)', () => {
    setBody(document, '<p><a href="https://example.com/">Witkoff</a> and Witkoff</p>');
    const mentions = collectMentions([callEvent([entity('Witkoff')])], 10);
    expect(findMentions(document, document.body, mentions, DEFAULT_LIMITS).map((h) => h.passive)).toEqual([true, false]);
  });

  it('keeps phrases and names over context words when the mark budget runs out', () => {
    const html = '<p>leaked leaked leaked Witkoff leaked 28-point plan leaked</p>';
    const limits = { ...DEFAULT_LIMITS, maxMarks: 2 };
    expect(found(html, [context('leaked'), entity('Witkoff'), phrase('28-point plan')], limits)).toEqual([
      'Witkoff',
      '28-point plan',
    ]);
  });

  it('stops when its time budget is spent instead of walking a huge DOM to the end', () => {
    const parts: string[] = [];
    for (let i = 0; i < 5000; i++) parts.push(`<p>Witkoff ${i}</p>`);
    setBody(document, parts.join(''));
    const mentions = collectMentions([callEvent([entity('Witkoff')])], 10);
    let clock = 0;
    const now = () => (clock += 10); // every reading of the clock costs 10 ms
    const limits = { ...DEFAULT_LIMITS, maxMarks: 100_000, maxMs: 20 };
    const hits = findMentions(document, document.body, mentions, limits, now);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(5000 * 0.2);
  });

  it('stops after the text-node budget', () => {
    setBody(document, '<p>Witkoff</p>'.repeat(50));
    const mentions = collectMentions([callEvent([entity('Witkoff')])], 10);
    expect(findMentions(document, document.body, mentions, { ...DEFAULT_LIMITS, maxTextNodes: 10 })).toHaveLength(10);
  });
});
