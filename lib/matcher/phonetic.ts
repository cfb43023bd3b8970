/**
 * A phonetic skeleton for names across Latin and Cyrillic spellings, so that Ushakov, Uschakow,
 * Ouchakov, Uszakow and Ушаков meet, and Witkoff meets Виткофф. Deliberately coarse: it is only
 * used for entity-name words of 6+ letters, and an event still needs its other evidence.
 *  - Cyrillic is transliterated letter by letter;
 *  - sibilant spellings (sh, sch, ch, sz, cz, zh, ts, tz, c before e/i, s, z, x) become "s";
 *  - a vowel run (a e i o u y j) becomes one vowel class: u if it has a u (ou, iu), else i if it
 *    has i/y/j (ie, ij, iye), else e if it has an e, else a (a, o, ao);
 *  - w -> v, ph/f -> v, ck/q/c -> k, h is dropped; doubled consonants collapse.
 * Typos are handled separately, on letters (see word-tables.ts and scan.ts).
 */
const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia', ў: 'u',
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'j']);

export function transliterate(word: string): string {
  let out = '';
  for (const ch of word) out += CYR[ch] ?? ch;
  return out;
}

export function skeleton(word: string): string {
  const w = transliterate(word);
  let out = '';
  let last = '';
  const emit = (s: string) => {
    if (s === last) return;
    out += s;
    last = s;
  };
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const n1 = w[i + 1] ?? '';
    const n2 = w[i + 2] ?? '';
    const n3 = w[i + 3] ?? '';
    if (c === 't' && n1 === 's' && n2 === 'c' && n3 === 'h') { emit('s'); i += 3; continue; }
    if (c === 's' && n1 === 'c' && n2 === 'h') { emit('s'); i += 2; continue; }
    if (c === 't' && n1 === 'c' && n2 === 'h') { emit('s'); i += 2; continue; }
    if ((c === 's' || c === 'c' || c === 'z') && (n1 === 'h' || n1 === 'z')) { emit('s'); i += 1; continue; }
    if (c === 'c' && n1 === 'k') { emit('k'); i += 1; continue; }
    if ((c === 't' && (n1 === 's' || n1 === 'z'))) { emit('s'); i += 1; continue; }
    if (c === 'p' && n1 === 'h') { emit('v'); i += 1; continue; }
    if (c === 'k' && n1 === 'h') { emit('h'); i += 1; continue; }
    if (VOWELS.has(c)) {
      let j = i;
      let cls = 'a';
      while (j < w.length && VOWELS.has(w[j]!)) {
        const v = w[j]!;
        if (v === 'u' || (v === 'o' && j > i && w[j - 1] === 'o')) cls = 'u';
        else if ((v === 'i' || v === 'y' || v === 'j') && cls !== 'u') cls = 'i';
        else if (v === 'e' && cls === 'a') cls = 'e';
        j++;
      }
      emit(cls);
      i = j - 1;
      continue;
    }
    switch (c) {
      case 'w': case 'f': case 'v': emit('v'); break;
      case 'z': case 's': case 'x': emit('s'); break;
      case 'c': emit(n1 === 'e' || n1 === 'i' || n1 === 'y' ? 's' : 'k'); break;
      case 'q': case 'k': emit('k'); break;
      case 'h': break;
      default: emit(c);
    }
  }
  return out;
}

/** Entity-name words shorter than this never match fuzzily. */
export const FUZZY_MIN_LETTERS = 6;
/** Name words shorter than this never tolerate a typo. */
export const TYPO_MIN_LETTERS = 7;
/** Skeletons shorter than this are too unspecific to match on. */
export const MIN_SKELETON = 5;
