/**
 * The scanner's allocation-free twin of skeleton() (phonetic.ts): same rules over char codes,
 * writing into a reusable buffer, plus polynomial hashes of the skeleton and of each
 * one-deletion variant. Tests check it against skeleton() on many words.
 */
import { P1_BASE, P2_BASE } from './hash-table';

const CYR_MAP: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia', ў: 'u',
};
/** Cyrillic code -> its Latin transliteration as codes (index into TRANS_DATA). */
const TRANS_OFF = new Int32Array(0x500);
const TRANS_LEN = new Uint8Array(0x500);
const TRANS_DATA: number[] = [];
for (const [cy, lat] of Object.entries(CYR_MAP)) {
  const c = cy.charCodeAt(0);
  TRANS_OFF[c] = TRANS_DATA.length;
  TRANS_LEN[c] = lat.length;
  for (let i = 0; i < lat.length; i++) TRANS_DATA.push(lat.charCodeAt(i));
}
const TRANS = Uint16Array.from(TRANS_DATA);

const a = 97, c_ = 99, e = 101, f_ = 102, h_ = 104, i_ = 105, j_ = 106, k_ = 107, o = 111, p_ = 112, q_ = 113, s_ = 115,
  t_ = 116, u = 117, v_ = 118, w_ = 119, x_ = 120, y_ = 121, z_ = 122;
const isVowel = (c: number) => c === a || c === e || c === i_ || c === o || c === u || c === y_ || c === j_;

const LAT = new Uint16Array(256);
export const SK = new Uint16Array(256);
const PRE1 = new Int32Array(257);
const PRE2 = new Int32Array(257);
const SUF1 = new Int32Array(258);
const SUF2 = new Int32Array(258);
const POW1 = new Int32Array(257);
const POW2 = new Int32Array(257);
POW1[0] = 1;
POW2[0] = 1;
for (let i = 1; i < 257; i++) {
  POW1[i] = Math.imul(POW1[i - 1]!, P1_BASE);
  POW2[i] = Math.imul(POW2[i - 1]!, P2_BASE);
}

/** Skeleton of codes[0..len) into SK; returns its length (0 when too long to bother). */
export function skeletonCodes(codes: Uint16Array, len: number): number {
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = codes[i]!;
    if (c >= 0x400 && c < 0x500) {
      const l = TRANS_LEN[c]!;
      if (l === 0) {
        if (!CYR_ZERO.has(c)) LAT[n++] = c;
      } else {
        for (let k = 0, off = TRANS_OFF[c]!; k < l; k++) LAT[n++] = TRANS[off + k]!;
      }
    } else {
      LAT[n++] = c;
    }
    if (n > 240) return 0;
  }
  let out = 0;
  let last = -1;
  let x = 0;
  for (let i = 0; i < n; i++) {
    const c = LAT[i]!;
    const n1 = i + 1 < n ? LAT[i + 1]! : 0;
    const n2 = i + 2 < n ? LAT[i + 2]! : 0;
    const n3 = i + 3 < n ? LAT[i + 3]! : 0;
    if (c === t_ && n1 === s_ && n2 === c_ && n3 === h_) { x = s_; i += 3; }
    else if (c === s_ && n1 === c_ && n2 === h_) { x = s_; i += 2; }
    else if (c === t_ && n1 === c_ && n2 === h_) { x = s_; i += 2; }
    else if ((c === s_ || c === c_ || c === z_) && (n1 === h_ || n1 === z_)) { x = s_; i += 1; }
    else if (c === c_ && n1 === k_) { x = k_; i += 1; }
    else if (c === t_ && (n1 === s_ || n1 === z_)) { x = s_; i += 1; }
    else if (c === p_ && n1 === h_) { x = v_; i += 1; }
    else if (c === k_ && n1 === h_) { x = h_; i += 1; }
    else if (isVowel(c)) {
      let j = i;
      let cls = a;
      while (j < n && isVowel(LAT[j]!)) {
        const v = LAT[j]!;
        if (v === u || (v === o && j > i && LAT[j - 1] === o)) cls = u;
        else if ((v === i_ || v === y_ || v === j_) && cls !== u) cls = i_;
        else if (v === e && cls === a) cls = e;
        j++;
      }
      x = cls;
      i = j - 1;
    }
    else if (c === w_ || c === f_ || c === v_) x = v_;
    else if (c === z_ || c === s_ || c === x_) x = s_;
    else if (c === c_) x = n1 === e || n1 === i_ || n1 === y_ ? s_ : k_;
    else if (c === q_ || c === k_) x = k_;
    else if (c === h_) continue;
    else x = c;
    if (x !== last) {
      SK[out++] = x;
      last = x;
    }
  }
  return out;
}
/** ъ and ь transliterate to nothing. */
const CYR_ZERO = new Set(['ъ'.charCodeAt(0), 'ь'.charCodeAt(0)]);

/** Polynomial hashes of SK[0..len): [h1, h2] written into out. */
export function skeletonHashes(len: number, out: Int32Array): void {
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < len; i++) {
    h1 = (Math.imul(h1, P1_BASE) + SK[i]!) | 0;
    h2 = (Math.imul(h2, P2_BASE) + SK[i]!) | 0;
  }
  out[0] = h1;
  out[1] = h2;
}

/** Prepares prefix/suffix polynomial hashes of codes[0..len) for deletionHashes(). */
export function prepareDeletions(codes: Uint16Array, len: number, out: Int32Array): void {
  PRE1[0] = 0;
  PRE2[0] = 0;
  for (let i = 0; i < len; i++) {
    PRE1[i + 1] = (Math.imul(PRE1[i]!, P1_BASE) + codes[i]!) | 0;
    PRE2[i + 1] = (Math.imul(PRE2[i]!, P2_BASE) + codes[i]!) | 0;
  }
  SUF1[len] = 0;
  SUF2[len] = 0;
  for (let i = len - 1; i >= 0; i--) {
    SUF1[i] = (Math.imul(codes[i]!, POW1[len - 1 - i]!) + SUF1[i + 1]!) | 0;
    SUF2[i] = (Math.imul(codes[i]!, POW2[len - 1 - i]!) + SUF2[i + 1]!) | 0;
  }
  out[0] = PRE1[len]!;
  out[1] = PRE2[len]!;
}

/** Hashes of codes[0..len) with position i deleted (after prepareDeletions). */
export function deletionHashes(len: number, i: number, out: Int32Array): void {
  // prefix(i) shifted by the len-1-i characters that follow, plus the suffix after i.
  out[0] = (Math.imul(PRE1[i]!, POW1[len - 1 - i]!) + SUF1[i + 1]!) | 0;
  out[1] = (Math.imul(PRE2[i]!, POW2[len - 1 - i]!) + SUF2[i + 1]!) | 0;
}
