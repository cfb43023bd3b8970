import { describe, expect, it } from 'vitest';
import { splitLoop } from '../../bench/engine-bench';
import { generateIndex, generateText } from '../../bench/generate';
import { hash1 } from '../../../lib/matcher/hash-table';
import { tokenize } from '../../../lib/matcher/tokenize';

/** The sum of hash1 over the words the engine's tokenizer finds. */
const wordSum = (text: string) => tokenize(text).reduce((s, t) => (s + hash1(t.text)) | 0, 0);

describe('the benchmark word split (splitLoop)', () => {
  // The split is the reference the word pass is measured against (split_ratio_to_floor_*): it must
  // cut and fold a page's words as the engine does, or the comparison says nothing.
  it('hashes the same folded words as the tokenizer, on a generated page in Latin and Cyrillic', () => {
    const text = generateText(generateIndex(200, 1, 'random'), 20_000);
    expect(text).toMatch(/[а-я]/);
    expect(splitLoop(text)).toBe(wordSum(text));
  });

  it('folds case and diacritics as the tokenizer does', () => {
    const text = 'Ushakov met Witkoff. УШАКОВ, Ушаков; Müller — MÜLLER: 2025 talks!';
    expect(splitLoop(text)).toBe(wordSum(text));
    expect(splitLoop('Ushakov')).toBe(splitLoop('ushakov'));
    expect(splitLoop('Ushakov')).not.toBe(splitLoop('Ushakova'));
  });
});
