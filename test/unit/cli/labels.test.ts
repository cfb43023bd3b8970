import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLabel, readLabels, scoreEvents, scoreProminence, type Found } from '../../../lib/cli/labels';
import type { Prominence } from '../../../lib/matcher/types';

const found = (entries: Record<string, Record<string, Prominence> | string[]>): Found =>
  new Map(Object.entries(entries).map(([k, v]) => [k, new Map(Array.isArray(v) ? v.map((id) => [id, 'main' as const]) : Object.entries(v))]));
const labels = (entries: Record<string, unknown>) => new Map(Object.entries(entries).map(([k, v]) => [k, parseLabel(v, k)]));

describe('scoreEvents', () => {
  it('counts per event over labelled articles only', () => {
    const got = found({ a: ['x', 'y'], b: ['x'], c: [], d: ['y'] });
    expect(scoreEvents(got, labels({ a: ['x'], b: [], c: ['x', 'z'] }))).toEqual([
      { event: 'x', tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 },
      { event: 'y', tp: 0, fp: 1, fn: 0, precision: 0, recall: null },
      { event: 'z', tp: 0, fp: 0, fn: 1, precision: null, recall: 0 },
    ]);
  });

  it('reads main and mentions together as what an article should be found to mention', () => {
    const got = found({ a: { x: 'main', y: 'mention' } });
    expect(scoreEvents(got, labels({ a: { main: ['x'], mentions: ['y', 'z'] } })).map((s) => [s.event, s.tp, s.fn])).toEqual([
      ['x', 1, 0], ['y', 1, 0], ['z', 0, 1],
    ]);
  });
});

describe('scoreProminence', () => {
  const got = found({
    story: { x: 'main', y: 'mention' }, // right
    swapped: { x: 'mention', y: 'main' }, // both found, prominence wrong
    passing: { y: 'mention' }, // right: no main
    development: { x: 'main' }, // the story it continues given as main: wrong
    extra: { x: 'main', q: 'mention' }, // q is a wrong flag
  });
  const l = labels({
    story: { main: ['x'], mentions: ['y'], kind: 'story' },
    swapped: { main: ['x'], mentions: ['y'], kind: 'story' },
    passing: { main: [], mentions: ['y', 'z'], kind: 'passing' },
    development: { main: [], mentions: ['x'], kind: 'development', develops: 'x' },
    extra: { main: ['x'], mentions: [], kind: 'story' },
    listOnly: ['x'],
  });

  it('gives main recall, mention recall, precision, prominence and developments given a wrong main', () => {
    const { total } = scoreProminence(got, l);
    expect(total).toMatchObject({
      pages: 5,
      mainExpected: 3, mainFound: 3, mainRecall: 1,
      mentionsExpected: 5, mentionsFound: 4, mentionRecall: 0.8,
      flags: 8, flagsRight: 7, precision: 0.88,
      prominenceRight: 3, prominence: 0.6,
      developments: 1, developmentsWrongMain: 1,
    });
  });

  it('splits the figures by group, e.g. language', () => {
    const { groups } = scoreProminence(got, l, (a) => (a === 'story' || a === 'swapped' ? 'en' : 'de'));
    expect([...groups.keys()]).toEqual(['de', 'en']);
    expect(groups.get('en')).toMatchObject({ pages: 2, prominenceRight: 1 });
  });
});

describe('readLabels', () => {
  it('reads a directory of <article>.labels.json beside <article>.html', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'labels-'));
    writeFileSync(join(dir, 'en-a.labels.json'), JSON.stringify({ main: ['x'], mentions: [], kind: 'story', develops: null }));
    writeFileSync(join(dir, 'notes.json'), '{}');
    const read = await readLabels(dir);
    expect([...read.keys()]).toEqual([join(dir, 'en-a.html')]);
    expect(read.get(join(dir, 'en-a.html'))).toMatchObject({ kind: 'story', main: new Set(['x']) });
  });

  it('refuses a label that is neither a list nor main/mentions, naming the article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'labels-'));
    writeFileSync(join(dir, 'labels.json'), JSON.stringify({ 'a.html': { main: 'x' } }));
    await expect(readLabels(join(dir, 'labels.json'))).rejects.toThrow(/"a\.html".*"main" and "mentions" must be lists/);
  });
});
