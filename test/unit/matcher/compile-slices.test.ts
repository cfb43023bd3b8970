import { describe, expect, it } from 'vitest';
import { compileIndex, compileIndexInSlices, compileSteps, runInSlices, STEP_UNITS } from '../../../lib/matcher/compile';
import { matchPage } from '../../../lib/matcher/index';
import { generateIndex, matchingText } from '../../bench/generate';

describe('compiling in slices', () => {
  it('gives the same matcher as compileIndex, with no slice over its budget on a fake clock', async () => {
    const doc = generateIndex(3_000, 5, 'shared');
    // A fake clock that advances with the work the compiler reports: a full step costs 10 ms.
    const clock = { t: 0 };
    const msPerUnit = 10 / STEP_UNITS;
    let largestStep = 0;
    function* timed() {
      const steps = compileSteps(doc);
      for (;;) {
        const r = steps.next();
        if (r.done) return r.value;
        largestStep = Math.max(largestStep, r.value);
        clock.t += r.value * msPerUnit;
        yield r.value;
      }
    }
    const slices: number[] = [];
    let sliceStart = 0;
    const m = await runInSlices(timed(), {
      budgetMs: 40,
      now: () => clock.t,
      pause: async () => {
        slices.push(clock.t - sliceStart);
        sliceStart = clock.t;
      },
    });
    slices.push(clock.t - sliceStart);
    expect(largestStep).toBeLessThanOrEqual(STEP_UNITS);
    expect(slices.length).toBeGreaterThan(3);
    expect(Math.max(...slices)).toBeLessThanOrEqual(50);
    expect(m).toEqual(compileIndex(doc));
  });

  it('pauses through the scheduler it is given, and the result matches pages', async () => {
    const doc = generateIndex(2_000, 9);
    let pauses = 0;
    let t = 0;
    const m = await compileIndexInSlices(doc, { budgetMs: 1, now: () => (t += 0.5), pause: async () => { pauses++; } });
    expect(pauses).toBeGreaterThan(1);
    const page = matchingText(doc, 20_000, 5);
    expect(matchPage(m, { text: page.text })).toEqual(matchPage(compileIndex(doc), { text: page.text }));
    expect(matchPage(m, { text: page.text }).map((e) => e.id)).toEqual(expect.arrayContaining(page.events));
  });
});
