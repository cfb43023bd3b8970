import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadIndex } from '../../../lib/cli/load-index';
import { writeCliFixtures } from './cli-fixtures';

const fx = writeCliFixtures();
afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

describe('loadIndex', () => {
  it('loads a valid index and turns each dropped item into one warning line', async () => {
    const { index, warnings } = await loadIndex(fx.index);
    expect(index.events.map((e) => e.id)).toEqual(['witkoff-ushakov-call']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^index .*index\.json: dropped events\[1\] \("broken-event"\): events\[1\]\.title: .+; events\[1\]\.sources: /);
  });

  it('fails in one line on an unreadable, non-JSON or invalid index', async () => {
    await expect(loadIndex(`${fx.dir}/missing.json`)).rejects.toThrow(/^cannot read index .*missing\.json: ENOENT/);
    await expect(loadIndex(fx.notJson)).rejects.toThrow(/^invalid index .*not-json\.json: \(root\): is not valid JSON \([^\n]*\)$/);
    await expect(loadIndex(fx.invalidIndex)).rejects.toThrow(/^invalid index .*invalid-index\.json: format: [^\n]*$/);
    await expect(loadIndex(fx.dir)).rejects.toThrow(/^cannot read index .*: EISDIR/);
  });
});
