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
/** ъ and ь transliterate to nothing. */
const CYR_HARD = 0x44a;
const CYR_SOFT = 0x44c;

const a = 97, c_ = 99, e = 101, f_ = 102, h_ = 104, i_ = 105, j_ = 106, k_ = 107, o = 111, p_ = 112, q_ = 113, s_ = 115,
  t_ = 116, u = 117, v_ = 118, w_ = 119, x_ = 120, y_ = 121, z_ = 122;
const isVowel = (c: number) => c === a || c === e || c === i_ || c === o || c === u || c === y_ || c === j_;

const LAT = new Uint16Array(256);
export const SK = new Uint16Array(256);
/** LPOS[k]: length in LAT of the transliteration of codes[0..k) (skeletonFull). */
const LPOS = new Int32Array(257);
/** SKH1[j]: poly1 hash of SK[0..j), kept as SK is written. */
const SKH1 = new Int32Array(257);
/** State before each step of the last skeletonFull: where it started in LAT, SK length, last code emitted. */
const CK_I = new Int32Array(257);
const CK_OUT = new Int32Array(257);
const CK_LAST = new Int32Array(257);
let ckCount = 0;
/** Length of LAT after the last skeletonFull (0: too long, no checkpoints). */
let latLen = 0;
const SUF1 = new Int32Array(258);
const POW1 = new Int32Array(257);
POW1[0] = 1;
for (let i = 1; i < 257; i++) POW1[i] = Math.imul(POW1[i - 1]!, P1_BASE);

/** Kinds of ASCII letters in the skeleton rules (all other codes are kept as they are). */
const K_PLAIN = 0, K_VOWEL = 1, K_T = 2, K_S = 3, K_C = 4, K_Z = 5, K_P = 6, K_K = 7, K_V = 8, K_X = 9, K_Q = 10, K_H = 11;
const KIND = new Uint8Array(128);
for (const v of [a, e, i_, o, u, y_, j_]) KIND[v] = K_VOWEL;
KIND[t_] = K_T; KIND[s_] = K_S; KIND[c_] = K_C; KIND[z_] = K_Z; KIND[p_] = K_P; KIND[k_] = K_K;
KIND[w_] = K_V; KIND[f_] = K_V; KIND[v_] = K_V; KIND[x_] = K_X; KIND[q_] = K_Q; KIND[h_] = K_H;

/** Where the last ruleStep ended (the index of the last code it used). */
let stepLast = 0;

/** One step of the skeleton rules at LAT[i] (of LAT[0..n)): the code it emits, or -1 (h is dropped). */
function ruleStep(i: number, n: number): number {
  const c = LAT[i]!;
  let x = c;
  const kind = c < 128 ? KIND[c]! : K_PLAIN;
  if (kind !== K_PLAIN) {
    const n1 = i + 1 < n ? LAT[i + 1]! : 0;
    switch (kind) {
      case K_VOWEL: {
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
        break;
      }
      case K_T: // tsch, tch, ts, tz -> s
        if (n1 === s_) {
          x = s_;
          i += i + 3 < n && LAT[i + 2] === c_ && LAT[i + 3] === h_ ? 3 : 1;
        } else if (n1 === c_ && i + 2 < n && LAT[i + 2] === h_) {
          x = s_;
          i += 2;
        } else if (n1 === z_) {
          x = s_;
          i += 1;
        }
        break;
      case K_S: // sch, sh, sz, s -> s
        x = s_;
        if (n1 === c_ && i + 2 < n && LAT[i + 2] === h_) i += 2;
        else if (n1 === h_ || n1 === z_) i += 1;
        break;
      case K_C: // ch, cz -> s; ck -> k; c before e/i/y -> s, else k
        if (n1 === h_ || n1 === z_) {
          x = s_;
          i += 1;
        } else if (n1 === k_) {
          x = k_;
          i += 1;
        } else x = n1 === e || n1 === i_ || n1 === y_ ? s_ : k_;
        break;
      case K_Z: // zh, zz, z -> s
        x = s_;
        if (n1 === h_ || n1 === z_) i += 1;
        break;
      case K_P: // ph -> v
        if (n1 === h_) {
          x = v_;
          i += 1;
        }
        break;
      case K_K: // kh -> h
        if (n1 === h_) {
          x = h_;
          i += 1;
        } else x = k_;
        break;
      case K_V: x = v_; break;
      case K_X: x = s_; break;
      case K_Q: x = k_; break;
      default: x = -1; // h is dropped
    }
  }
  stepLast = i;
  return x;
}

/**
 * The step for a code and the next one, for the pairs whose step reads no further (all but vowel
 * runs of 2+ and the t/s/c digraph starts ts, tc, sc), as ruleStep computes it: PAIR[class of c * 27 +
 * class of next], classes 1..26 for a..z and 0 for anything else (or the end: the rules compare the
 * next code with letters only). An entry is the code emitted (or A_SELF: c itself), A_ADV when the
 * step uses the next code too, A_SKIP (nothing emitted), or A_SLOW (ask ruleStep). One table read
 * instead of a few unpredictable branches per letter.
 */
const A_SELF = 1 << 8, A_ADV = 1 << 9, A_SKIP = 1 << 10, A_SLOW = 1 << 11;
const CLASS = new Uint8Array(128);
for (let k = 0; k < 26; k++) CLASS[97 + k] = k + 1;
const PAIR = new Uint16Array(27 * 27);
for (let ci = 0; ci < 27; ci++) {
  for (let ni = 0; ni < 27; ni++) {
    const c = ci === 0 ? 0x100 : 96 + ci;
    const n1 = ni === 0 ? 0 : 96 + ni;
    if ((c === t_ && (n1 === s_ || n1 === c_)) || (c === s_ && n1 === c_) || (isVowel(c) && isVowel(n1))) {
      PAIR[ci * 27 + ni] = A_SLOW;
      continue;
    }
    LAT[0] = c;
    LAT[1] = n1;
    const x = ruleStep(0, ni === 0 ? 1 : 2);
    PAIR[ci * 27 + ni] = (x < 0 ? A_SKIP : ci === 0 ? A_SELF : x) | (stepLast === 1 ? A_ADV : 0);
  }
}

/**
 * The skeleton rules over LAT[i..n), appending to SK from length `out` (last: the code emitted
 * last, -1 for none); records the state before each step when `record`. Returns SK's length.
 */
function steps(i: number, n: number, out: number, last: number, record: boolean): number {
  let h = SKH1[out]!;
  for (; i < n; i++) {
    if (record) {
      CK_I[ckCount] = i;
      CK_OUT[ckCount] = out;
      CK_LAST[ckCount++] = last;
    }
    const c = LAT[i]!;
    const n1 = i + 1 < n ? LAT[i + 1]! : 0;
    const act = PAIR[(c < 128 ? CLASS[c]! : 0) * 27 + (n1 < 128 ? CLASS[n1]! : 0)]!;
    let x: number;
    if ((act & A_SLOW) === 0) {
      if ((act & A_SKIP) !== 0) continue;
      x = (act & A_SELF) !== 0 ? c : act & 0xff;
      if ((act & A_ADV) !== 0) i++;
    } else {
      x = ruleStep(i, n);
      i = stepLast;
      if (x < 0) continue;
    }
    if (x !== last) {
      SK[out++] = x;
      SKH1[out] = h = (Math.imul(h, P1_BASE) + x) | 0;
      last = x;
    }
  }
  return out;
}

/**
 * Transliterates codes[0..len) into LAT (and LPOS per code when len < LPOS.length); returns LAT's
 * length, or 0 when too long to bother.
 */
function transliterate(codes: Uint16Array, len: number): number {
  const pos = len < LPOS.length;
  let n = 0;
  for (let i = 0; i < len; i++) {
    if (pos) LPOS[i] = n;
    const c = codes[i]!;
    if (c >= 0x400 && c < 0x500) {
      const l = TRANS_LEN[c]!;
      if (l === 0) {
        if (c !== CYR_HARD && c !== CYR_SOFT) LAT[n++] = c;
      } else {
        for (let k = 0, off = TRANS_OFF[c]!; k < l; k++) LAT[n++] = TRANS[off + k]!;
      }
    } else {
      LAT[n++] = c;
    }
    if (n > 240) return 0;
  }
  if (pos) LPOS[len] = n;
  return n;
}

/**
 * Skeleton of codes[0..len) into SK (and its poly1 hash, skeletonHash1); returns its length (0
 * when too long to bother). Keeps what skeletonOfPrefix needs.
 */
export function skeletonFull(codes: Uint16Array, len: number): number {
  ckCount = 0;
  if (len >= LPOS.length) return skeletonCodes(codes, len);
  latLen = transliterate(codes, len);
  if (latLen === 0) return 0;
  return steps(0, latLen, 0, -1, true);
}

/**
 * Skeleton of codes[0..k) (k <= len) after skeletonFull(codes, len), into SK, resumed from the
 * whole word's state before its last step that starts inside the prefix: the steps before it are
 * the same for the prefix (a look-ahead that matched consumed what it read, so ends before that
 * step; one that did not match would not match the prefix's end either; c's look at the next
 * letter, which it does not consume, is inside the prefix). SK beyond that state is overwritten;
 * call with k decreasing. Same result as skeletonCodes(codes, k).
 */
export function skeletonOfPrefix(codes: Uint16Array, k: number): number {
  if (latLen === 0) return skeletonCodes(codes, k);
  const n = LPOS[k]!;
  let s = ckCount - 1;
  while (s > 0 && CK_I[s]! >= n) s--;
  return steps(CK_I[s]!, n, CK_OUT[s]!, CK_LAST[s]!, false);
}

/** Skeleton of codes[0..len) into SK; returns its length (0 when too long to bother). */
export function skeletonCodes(codes: Uint16Array, len: number): number {
  const n = transliterate(codes, len);
  latLen = 0; // no checkpoints
  return n === 0 ? 0 : steps(0, n, 0, -1, false);
}

/** poly1 hash of SK[0..len) (as last written). */
export const skeletonHash1 = (len: number): number => SKH1[len]!;

/** poly2 hash of SK[0..len). */
export function skeletonHash2(len: number): number {
  let h = 0;
  for (let i = 0; i < len; i++) h = (Math.imul(h, P2_BASE) + SK[i]!) | 0;
  return h;
}

/**
 * Prepares the poly1 hashes of codes[0..len) with one unit deleted (deletionHash1); returns the
 * poly1 hash of the whole.
 */
export function prepareDeletions(codes: Uint16Array, len: number): number {
  let h = 0;
  SUF1[len] = 0;
  for (let i = len - 1; i >= 0; i--) SUF1[i] = h = (Math.imul(codes[i]!, POW1[len - 1 - i]!) + h) | 0;
  return h;
}

/**
 * poly1 of codes[0..len) with position i deleted, given pre = poly1 of codes[0..i) (after
 * prepareDeletions): the prefix shifted by the len-1-i units that follow, plus the suffix after i.
 */
export const deletionHash1 = (len: number, i: number, pre: number): number =>
  (Math.imul(pre, POW1[len - 1 - i]!) + SUF1[i + 1]!) | 0;

/** poly2 of codes[0..len) with position `skip` deleted (-1: none). */
export function deletionHash2(codes: Uint16Array, len: number, skip: number): number {
  let h = 0;
  for (let i = 0; i < len; i++) if (i !== skip) h = (Math.imul(h, P2_BASE) + codes[i]!) | 0;
  return h;
}
