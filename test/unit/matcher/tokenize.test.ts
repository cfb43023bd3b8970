import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../../lib/matcher/index';
import { scanText } from '../../../lib/matcher/scan';
import { FoldedTokens, foldText, foldTokens, tokenize } from '../../../lib/matcher/tokenize';
import { hash1 } from '../../../lib/matcher/hash-table';
import { sampleIndex } from './sample-index';

describe('tokenize / foldText', () => {
  it.each([
    ['Ushákov Łódź Straße', 'ushakov lodz strasse'],
    ['Ёлка, Йошкар-Ола, Її', 'елка иошкар ола іі'],
    ['Trump’s “deal” — 28-point', 'trump s deal 28 point'],
    ['ＢＬＯＯＭＢＥＲＧ ﬁnal', 'bloomberg final'],
    ['Wit\u200bkoff re\u00adcording', 'witkoff recording'],
    ['𝐖𝐢𝐭𝐤𝐨𝐟𝐟 🎧 news', 'witkoff news'],
    ['\u0412loomberg Пут\u0456н', 'bloomberg путін'],
    ['이재명이 李在明', '이 재 명 이 李 在 明'],
    // Brahmic scripts fold to Devanagari letters; signs and viramas stay inside the word.
    ['भारत ভারত ભારત భారత ଭାରତ', 'भारत भारत भारत भारत भारत'],
    // Nukta, candra o, ZWNJ and chandrabindu spellings fold together; va and ba are one letter.
    ['विटकॉफ़ विटकोफ ట్రంప్\u200cతో सँग संग', 'बिटकोफ बिटकोफ ट्रंप्तो संग संग'],
    ['रूसी रुसी यूक्रेन युक्रेन', 'रुसि रुसि युक्रेन युक्रेन'],
    // Digits of every script are ASCII digits.
    ['৭.৭ ২৪২ ٣٠ १७१ ૨૦૨૫', '7 7 242 30 171 2025'],
  ])('%s -> %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('reports offsets into the original text', () => {
    const text = '  «Ушакову» сказал';
    const [t] = tokenize(text);
    expect(text.slice(t!.start, t!.end)).toBe('Ушакову');
    expect(t!.upper).toBe(true);
  });
});

describe('scanner agrees with the reference tokenizer', () => {
  const m = compileIndex(sampleIndex());
  const samples = [
    'Bloomberg published a leaked recording of Witkoff and Ushakov.',
    'Запись разговора Уиткоффа с Ушаковым — утечка!',
    '𝐀 🎧 mixed \u0412loomberg Ushako\u0301v ﬁnal Straße 서울에서',
    'x'.repeat(100) + ' Witkoff ' + '\ud800' + ' leak',
    'ज़ेलेंस्की ने कहा: ట్రంప్‌తో భేటీ, মিয়ানমারে ৭.৭ মাত্রার ভূমিকম্প',
  ];
  it.each(samples)('token count for %#', (text) => {
    expect(scanText(m, text).tokens).toBe(tokenize(text).length);
  });

  it('finds every index word the reference tokenizer finds, at the same offsets', () => {
    // Random mixes of index words, inflections and noise in several scripts.
    const parts = ['Witkoff', 'Уиткоффа', 'Ushakov', 'Ушаковым', 'leak', 'утечки', 'recording', 'запись', 'the', 'и', 'Seoul', '서울', '—', '’', '𝐀', 'ﬁ', '\u0301', 'Wit\u00adkoff',
      'ज़ेलेंस्की', 'విట్కాఫ్\u200cతో', 'মিয়ানমারে', '৭', 'ઇન્ડિયાનું'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let round = 0; round < 50; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += parts[Math.floor(rnd() * parts.length)]! + (rnd() < 0.7 ? ' ' : rnd() < 0.5 ? ', ' : '');
      const hits = scanText(m, text);
      const tokens = tokenize(text);
      expect(hits.tokens).toBe(tokens.length);
      for (let j = 0; j < hits.n; j++) {
        const tok = tokens[hits.tok[j]!]!;
        expect([hits.start[j], hits.end[j]]).toEqual([tok.start, tok.end]);
      }
    }
  });
});

// The compiler folds index texts with foldTokens (code units, no strings): where it answers, it
// must give tokenize's tokens exactly, and it must hand back (false) every text it cannot fold so.
describe('foldTokens', () => {
  const texts = [
    'Ushákov Łódź', 'Ёлка, Йошкар-Ола, Її', 'Trump’s “deal” — 28-point', 'ＢＬＯＯＭＢＥＲＧ ﬁnal', 'Straße',
    'Wit\u200bkoff re\u00adcording', '\u200bWitkoff\u200b', '𝐖𝐢𝐭𝐤𝐨𝐟𝐟 🎧 news', '\u0412loomberg Пут\u0456н', '이재명이 李在明',
    'भारत ভারত ભারત', 'विटकॉफ़ ట్రంప్\u200cతో', '৭.৭ ২৪২ ٣٠', 'والسلام באיראן', '', '  ', '—', 'a', 'Gaza ceasefire talks',
  ];
  it('gives tokenize\'s folded tokens and their hash1, or hands the text back', () => {
    const out = new FoldedTokens();
    let folded = 0;
    for (const text of texts) {
      const want = tokenize(text).map((t) => t.text);
      if (!foldTokens(text, out)) {
        // Only texts with a letter that folds to several units, a surrogate pair or mixed scripts.
        expect(/ß|ﬁ|[\uD800-\uDBFF]|\u0412l/.test(text), text).toBe(true);
        continue;
      }
      folded++;
      const got: string[] = [];
      for (let i = 0; i < out.count; i++) {
        const w = String.fromCharCode(...out.units.subarray(out.start[i]!, out.start[i + 1]!));
        got.push(w);
        expect(out.hash[i]).toBe(hash1(w));
      }
      expect(got, text).toEqual(want);
    }
    expect(folded).toBeGreaterThan(12);
  });
});
