/**
 * The accuracy corpus (test/corpus, see its README): pages written like real news in many
 * languages, each labelled with the events it is about (main) and the events it names (mentions).
 * Scored as the publisher CLI's `index check --labels test/corpus/pages` scores it; the figures per
 * language and per event are in the README (`npx tsx test/tools/score-corpus.ts`).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, misses, runCorpus, scoreCorpus, type CorpusRun } from '../../tools/corpus';

/**
 * Floors on the tuning pages, a little under what the engine reaches there (README, "Accuracy
 * corpus"): a change that loses found events, flags wrongly or confuses main and mention fails.
 * Issue 11's targets for unseen pages are higher for recall (main 0.97, mentions 0.85); the README
 * gives the held-out figures against them.
 */
const FLOORS = { mainRecall: 0.97, mentionRecall: 0.88, precision: 0.97, prominence: 0.95 };

/**
 * Floors on the held-out pages: their first score, taken once after the engine work (main 0.96,
 * mentions 0.65, flags 1.00, prominence 1.00, developments 0 of 12), rounded down. They guard
 * against losing what was measured on pages the rules were not tuned on.
 */
const HELD_OUT_FLOORS = { mainRecall: 0.95, mentionRecall: 0.6, precision: 0.97, prominence: 0.95 };

/**
 * Floors on the second held-out set (test/corpus/held-out-2): its first score, taken once on
 * 7 December after that session's engine work (main 0.96, mentions 0.83, flags 0.98, prominence
 * 0.95, developments given a wrong main 2 of 14), rounded down.
 */
const HELD_OUT_2_FLOORS = { mainRecall: 0.95, mentionRecall: 0.8, precision: 0.97, prominence: 0.95, developmentsWrongMain: 2 };

/**
 * Floors on the third held-out set (test/corpus/held-out-3), written at the end of the same session
 * after every engine change of it: its first score (main 0.96, mentions 0.69, flags 1.00,
 * prominence 0.91, developments given a wrong main 2 of 14), rounded down.
 */
const HELD_OUT_3_FLOORS = { mainRecall: 0.95, mentionRecall: 0.65, precision: 0.97, prominence: 0.9, developmentsWrongMain: 2 };

/**
 * Floors on the fourth held-out set (test/corpus/held-out-4), written in the third session on
 * 7 December while its engine work went on and scored once after its last accuracy change: its
 * first score (main 1.00, mentions 0.80, flags 1.00, prominence 0.95, developments given a wrong
 * main 1 of 14), rounded down.
 */
const HELD_OUT_4_FLOORS = { mainRecall: 0.97, mentionRecall: 0.78, precision: 0.97, prominence: 0.93, developmentsWrongMain: 1 };

/**
 * Floors on the fifth held-out set (test/corpus/held-out-5), written in the fourth session on
 * 7 December by two writers while its engine work went on, and scored once after its last
 * accuracy change: its first score (main 1.00, mentions 0.87, flags 1.00, prominence 0.95,
 * developments given a wrong main 0 of 14), rounded down. They are issue 11's targets as well.
 */
const HELD_OUT_5_FLOORS = { mainRecall: 0.97, mentionRecall: 0.85, precision: 0.97, prominence: 0.95, developmentsWrongMain: 0 };

/**
 * Floors on the sixth held-out set (test/corpus/held-out-6), written in the fifth session on
 * 7 December by two writers and scored once (main 0a696d1): main 0.96 (23/24), mentions 0.89,
 * flags 1.00, prominence 0.97, developments given a wrong main 1 of 14. Two extraction fixes it
 * prompted (the headline above a JSON-LD body, the date in a <header> inside <main>) brought it
 * to issue 11's targets, which are its floors.
 */
const HELD_OUT_6_FLOORS = { mainRecall: 0.97, mentionRecall: 0.85, precision: 0.97, prominence: 0.95, developmentsWrongMain: 0 };

/**
 * Floors on the seventh held-out set (test/corpus/held-out-7), written in the sixth session on
 * 7 December by two writers and scored once (main f57c407 with the three-letter month-word test,
 * same results): main 1.00 (24/24), mentions 0.89 (67/75), flags 0.99 (91/92), prominence 1.00,
 * developments given a wrong main 0 of 14, issue 11's targets met. The one wrong flag prompted a
 * date rule (a relative day does not agree over a written day that contradicts); with it, flags
 * 1.00. Its floors are issue 11's targets.
 */
const HELD_OUT_7_FLOORS = { mainRecall: 0.97, mentionRecall: 0.85, precision: 0.97, prominence: 0.95, developmentsWrongMain: 0 };

let run: CorpusRun;
let heldOut: CorpusRun;
const laterSets = new Map<string, CorpusRun>();
beforeAll(async () => {
  run = await runCorpus(join(CORPUS, 'pages'));
  heldOut = await runCorpus(join(CORPUS, 'held-out'));
  for (const { folder } of LATER_SETS) laterSets.set(folder, await runCorpus(join(CORPUS, folder)));
}, 300_000);

describe('the accuracy corpus (tuning pages)', () => {
  it('has at least 140 labelled pages in at least 25 languages, with developments and passing mentions', () => {
    const labels = [...run.labels.values()];
    const { groups } = scoreCorpus(run);
    expect(labels.length).toBeGreaterThanOrEqual(140);
    expect(groups.size).toBeGreaterThanOrEqual(25);
    expect(labels.filter((l) => l.kind === 'development').length).toBeGreaterThanOrEqual(20);
    expect(labels.filter((l) => l.kind === 'passing').length).toBeGreaterThanOrEqual(20);
  });

  it('finds main events and mentions, flags rightly and tells main from mention', () => {
    const { total } = scoreCorpus(run);
    const why = `\n${misses(run).join('\n')}`;
    expect(total.mainRecall, why).toBeGreaterThanOrEqual(FLOORS.mainRecall);
    expect(total.mentionRecall, why).toBeGreaterThanOrEqual(FLOORS.mentionRecall);
    expect(total.precision, why).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(total.prominence, why).toBeGreaterThanOrEqual(FLOORS.prominence);
  });

  it('never gives a page about another development of a story that story as its main event', () => {
    const { total } = scoreCorpus(run);
    expect(total.developments).toBeGreaterThan(0);
    expect(total.developmentsWrongMain, `\n${misses(run).join('\n')}`).toBe(0);
  });
});

describe('the accuracy corpus (held-out pages)', () => {
  it('has at least 60 pages, written after the engine work, with developments and passing mentions', () => {
    const labels = [...heldOut.labels.values()];
    expect(labels.length).toBeGreaterThanOrEqual(60);
    expect(labels.length + run.labels.size).toBeGreaterThanOrEqual(200);
    expect(labels.filter((l) => l.kind === 'development').length + [...run.labels.values()].filter((l) => l.kind === 'development').length).toBeGreaterThanOrEqual(30);
    expect(labels.filter((l) => l.kind === 'passing').length + [...run.labels.values()].filter((l) => l.kind === 'passing').length).toBeGreaterThanOrEqual(30);
  });

  it('keeps its first score', () => {
    const { total } = scoreCorpus(heldOut);
    const why = `\n${misses(heldOut).join('\n')}`;
    expect(total.mainRecall, why).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.mainRecall);
    expect(total.mentionRecall, why).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.mentionRecall);
    expect(total.precision, why).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.precision);
    expect(total.prominence, why).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.prominence);
    expect(total.developmentsWrongMain, why).toBe(0);
  });
});

/** The later held-out sets: each with its first score's floors, all checked the same way. */
const LATER_SETS = [
  { name: 'second held-out set', folder: 'held-out-2', floors: HELD_OUT_2_FLOORS },
  { name: 'third held-out set', folder: 'held-out-3', floors: HELD_OUT_3_FLOORS },
  { name: 'fourth held-out set', folder: 'held-out-4', floors: HELD_OUT_4_FLOORS },
  { name: 'fifth held-out set', folder: 'held-out-5', floors: HELD_OUT_5_FLOORS },
  { name: 'sixth held-out set', folder: 'held-out-6', floors: HELD_OUT_6_FLOORS },
  { name: 'seventh held-out set', folder: 'held-out-7', floors: HELD_OUT_7_FLOORS },
];

describe.each(LATER_SETS)('the accuracy corpus ($name)', ({ folder, floors }) => {
  const set = () => laterSets.get(folder)!;

  it('has at least 60 pages in at least 25 languages, with developments and passing mentions', () => {
    const labels = [...set().labels.values()];
    expect(labels.length).toBeGreaterThanOrEqual(60);
    expect(scoreCorpus(set()).groups.size).toBeGreaterThanOrEqual(25);
    expect(labels.filter((l) => l.kind === 'development').length).toBeGreaterThanOrEqual(10);
    expect(labels.filter((l) => l.kind === 'passing').length).toBeGreaterThanOrEqual(15);
  });

  it('keeps its first score', () => {
    const { total } = scoreCorpus(set());
    const why = `\n${misses(set()).join('\n')}`;
    expect(total.mainRecall, why).toBeGreaterThanOrEqual(floors.mainRecall);
    expect(total.mentionRecall, why).toBeGreaterThanOrEqual(floors.mentionRecall);
    expect(total.precision, why).toBeGreaterThanOrEqual(floors.precision);
    expect(total.prominence, why).toBeGreaterThanOrEqual(floors.prominence);
    expect(total.developmentsWrongMain, why).toBeLessThanOrEqual(floors.developmentsWrongMain);
  });
});
