import { describe, expect, it } from 'vitest';
import { indexForms, longestEnding } from '../../../lib/matcher/endings';
import { skeleton } from '../../../lib/matcher/phonetic';
import { SK, skeletonCodes } from '../../../lib/matcher/phonetic-codes';
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
