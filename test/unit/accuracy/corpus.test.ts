/**
 * The accuracy corpus (test/corpus, see its README): pages written like real news in many
 * languages, each labelled with the events it is about (main) and the events it names (mentions).
 * Scored as the publisher CLI's `index check --labels test/corpus/pages` scores it; the figures per
 * language and per event are in the README (`npx tsx test/tools/score-corpus.ts`).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, misses, runCorpus, scoreCorpus, type CorpusRun } from '../../tools/corpus';

/** Issue 11's targets. */
const TARGETS = { mainRecall: 0.97, mentionRecall: 0.85, precision: 0.97, prominence: 0.95 };

let run: CorpusRun;
beforeAll(async () => {
  run = await runCorpus(join(CORPUS, 'pages'));
}, 120_000);

describe('the accuracy corpus (tuning pages)', () => {
  it('has at least 140 labelled pages in at least 25 languages, with developments and passing mentions', () => {
    const labels = [...run.labels.values()];
    const { groups } = scoreCorpus(run);
    expect(labels.length).toBeGreaterThanOrEqual(140);
    expect(groups.size).toBeGreaterThanOrEqual(25);
    expect(labels.filter((l) => l.kind === 'development').length).toBeGreaterThanOrEqual(20);
    expect(labels.filter((l) => l.kind === 'passing').length).toBeGreaterThanOrEqual(20);
  });

  it('finds main events and mentions, flags rightly and tells main from mention, as targeted', () => {
    const { total } = scoreCorpus(run);
    const why = `\n${misses(run).join('\n')}`;
    expect(total.mainRecall, why).toBeGreaterThanOrEqual(TARGETS.mainRecall);
    expect(total.mentionRecall, why).toBeGreaterThanOrEqual(TARGETS.mentionRecall);
    expect(total.precision, why).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(total.prominence, why).toBeGreaterThanOrEqual(TARGETS.prominence);
  });

  it('never gives a page about another development of a story that story as its main event', () => {
    const { total } = scoreCorpus(run);
    expect(total.developments).toBeGreaterThan(0);
    expect(total.developmentsWrongMain, `\n${misses(run).join('\n')}`).toBe(0);
  });
});
