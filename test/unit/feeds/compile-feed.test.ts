// The worker compiles a feed's index in slices (compileFeedIndex with a Slicing), giving its
// thread back between them; the matcher must be exactly the one compiled in one go, which the
// CLI and Node use.
import { describe, expect, it } from 'vitest';
import { compileFeedIndex } from '../../../lib/feeds/compile-feed';
import { compileIndex } from '../../../lib/matcher';
import { newsIndex } from '../../bench/feed-change';
import { defaultIndex } from '../feed/fixtures';

describe('compileFeedIndex', () => {
  it('compiles in slices to the same matcher as compileIndex, yielding between them', async () => {
    for (const doc of [defaultIndex(), newsIndex(1_500)]) {
      let yields = 0;
      const sliced = await compileFeedIndex(doc, { sliceMs: 0, yieldToHost: async () => void yields++ });
      expect(sliced).toEqual(compileIndex(doc));
      // Yielding after every step (about a thousand units of work each): many slices, not one.
      expect(yields).toBeGreaterThan(10);
    }
  });

  it('compiles at once without a Slicing', async () => {
    const doc = defaultIndex();
    expect(await compileFeedIndex(doc)).toEqual(compileIndex(doc));
  });
});
