import { describe, expect, it } from 'vitest';
import { indexForms, longestEnding } from '../../../lib/matcher/endings';
import { skeleton } from '../../../lib/matcher/phonetic';
import { poly1, poly2 } from '../../../lib/matcher/hash-table';
import {
  deletionHash1, deletionHash2, prepareDeletions, SK, skeletonCodes, skeletonFull, skeletonHash1, skeletonHash2, skeletonOfPrefix,
} from '../../../lib/matcher/phonetic-codes';
import { foldText } from '../../../lib/matcher/tokenize';

const sk = (w: string) => skeleton(foldText(w));

describe('phonetic skeleton', () => {
  it.each([
    [['Ushakov', 'Uschakow', 'Ouchakov', 'Uszakow', 'Ушаков']],
    [['Witkoff', 'Виткофф', 'Віткофф', 'Witkof']],
    [['Dmitriev', 'Dmitrijew', 'Dmitriyev', 'Дмитриев']],
    [['Zelensky', 'Zelenskyy', 'Selenskyj', 'Zełenski', 'Зеленский']],
    [['Bloomberg', 'Блумберг']],
  ])('%j share one skeleton', (names) => {
    expect(new Set(names.map(sk)).size).toBe(1);
  });

  it.each([
    ['Ushakov', 'Isakov'],
    ['Witkoff', 'Wittkopf'],
    ['Dmitriev', 'Dimitrov'],
  ])('%s and %s differ', (a, b) => {
    expect(sk(a)).not.toBe(sk(b));
  });

  it('the scanner version equals the reference on many words', () => {
    const words = ['ushakov', 'tschechow', 'чехов', 'khodorkovsky', 'philippe', 'щукин', 'schtschukin', 'exxon', 'quixote',
      'вьюга', 'zhukov', 'cicero', 'aaa', 'hhh', 'ъь', 'bloomberg', 'yoon', 'kaczynski', 'качиньскии', 'ouagadougou'];
    for (const w of words) {
      const codes = Uint16Array.from([...w].map((c) => c.charCodeAt(0)));
      const n = skeletonCodes(codes, codes.length);
      expect(String.fromCharCode(...SK.subarray(0, n)), w).toBe(skeleton(w));
    }
  });

  // Random words over the letters the rules treat specially (digraphs, vowel runs, Cyrillic that
  // transliterates to several letters or to none), so every rule meets every neighbour.
  const LETTERS = 'tschtschzkpqxwfvhaeiouyjbnrlтсцчшщжхъьюяеиыйкгбрлş9';
  let seed = 11;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  const randomWords = ['tschechow', 'tscha', 'tsch', 'tchk', 'schz', 'phh', 'khodorkovsky', 'ouagadougou', 'yoon'].concat(Array.from({ length: 3000 }, () => {
    let w = '';
    for (let i = 0, n = 1 + rnd(16); i < n; i++) w += LETTERS[rnd(LETTERS.length)]!;
    return w;
  }));
  const codesOf = (w: string) => Uint16Array.from([...w].map((c) => c.charCodeAt(0)));

  it('the scanner version equals the reference on random words, and its hashes are poly1 and poly2', () => {
    for (const w of randomWords) {
      const n = skeletonCodes(codesOf(w), w.length);
      const sk = String.fromCharCode(...SK.subarray(0, n));
      expect(sk, w).toBe(skeleton(w));
      expect(skeletonHash1(n), w).toBe(poly1(sk));
      expect(skeletonHash2(n), w).toBe(poly2(sk));
    }
  });

  it('the skeleton of each prefix, resumed from the whole word, equals the skeleton of the prefix', () => {
    for (const w of randomWords) {
      const codes = codesOf(w);
      skeletonFull(codes, w.length);
      for (let k = w.length; k >= 0; k--) {
        const n = skeletonOfPrefix(codes, k);
        const sk = String.fromCharCode(...SK.subarray(0, n));
        expect(sk, `${w} [0, ${k})`).toBe(skeleton(w.slice(0, k)));
        expect(skeletonHash1(n), `${w} [0, ${k})`).toBe(poly1(sk));
      }
    }
  });

  it('one-deletion hashes equal the hashes of the word with that letter deleted', () => {
    for (const w of randomWords.slice(0, 300)) {
      const codes = codesOf(w);
      expect(prepareDeletions(codes, w.length)).toBe(poly1(w));
      expect(deletionHash2(codes, w.length, -1)).toBe(poly2(w));
      let pre = 0;
      for (let i = 0; i < w.length; i++) {
        const del = w.slice(0, i) + w.slice(i + 1);
        expect(deletionHash1(w.length, i, pre), `${w} - ${i}`).toBe(poly1(del));
        expect(deletionHash2(codes, w.length, i), `${w} - ${i}`).toBe(poly2(del));
        pre = poly1(w.slice(0, i + 1));
      }
    }
  });
});

describe('inflection endings', () => {
  it('strips the longest ending, keeping a stem of 4+ letters', () => {
    expect(longestEnding('ушаковым')).toBe(4); // -овым
    expect(longestEnding('witkoffem')).toBe(2);
    expect(longestEnding('trump')).toBe(0);
    expect(longestEnding('deal')).toBe(0); // stem would be too short
  });
  it('registers an index word with each of its stems', () => {
    expect(indexForms('ушаков')).toEqual(['ушаков', 'ушак']);
    expect(indexForms('nagranie')).toEqual(expect.arrayContaining(['nagranie', 'nagrani', 'nagran']));
    expect(indexForms('kim')).toEqual(['kim']);
  });
});
