/**
 * Compiles an index into the structure the scanner walks: word tables (exact forms and stems;
 * phonetic skeletons for names), patterns as word sequences, and event rules as flat arrays.
 */
import type { IndexDocument } from '../index-format/types';
import { articleFreeForms } from './clitics';
import { ENDING_TRIE, INDEX_TRIE, indexForms, longestEnding, MIN_STEM } from './endings';
import { buildMultiMap, poly1, poly2, type HashMultiMap } from './hash-table';
import { deletions, FUZZY_MIN_LETTERS, MIN_SKELETON, skeleton, TYPO_MIN_LETTERS } from './phonetic';
import { tokenize } from './tokenize';
import { articleKey } from '../url/identity';
import { toDayNumber } from './dates';

/** Bump when the compiled layout or the tokenizing rules change: stored matchers are rebuilt. */
export const MATCHER_FORMAT = 8;

export const PAT_ENTITY = 0;
export const PAT_CONTEXT = 1;
export const PAT_PHRASE = 2;

export interface CompiledMatcher {
  format: number;
  eventIds: string[];
  entityIds: string[];
  /** Exact forms and stems of every index word -> word ids. */
  exact: HashMultiMap;
  /** Phonetic skeletons (and their one-deletion variants) of name words -> word ids. */
  fuzzy: HashMultiMap;
  /** Word sequences of all patterns, back to back. */
  patWords: Int32Array;
  /**
   * The patterns that start with word w are entries firstOff[w] .. firstOff[w+1] of firstInfo,
   * 4 numbers each: [offset of the pattern's words in patWords, number of words, owner (entity
   * index for names, else event index), kind << 16 | context group]. One place per matched
   * word, so a hit costs one or two cache lines, not one per field.
   */
  firstOff: Int32Array;
  firstInfo: Int32Array;
  /** Event rules. */
  allOff: Int32Array;
  allData: Int32Array;
  anyOff: Int32Array;
  anyData: Int32Array;
  anyMin: Uint8Array;
  minContext: Uint8Array;
  groupCount: Uint16Array;
  /** Bit g set: context group g must be found (groups 0..31). */
  requiredGroups: Uint32Array;
  /** Day number from which pages may mention the event (announced, else reported or start). */
  visibleFrom: Int32Array;
  /** Entity e is used by the rules of events entEvData[entEvOff[e] .. entEvOff[e+1]). */
  entEvOff: Int32Array;
  entEvData: Int32Array;
  /** Source URLs (normalized) and the event each belongs to. */
  sourceUrls: string[];
  sourceEvent: Int32Array;
}

class Csr {
  off: number[] = [0];
  data: number[] = [];
  push(values: Iterable<number>): void {
    for (const v of values) this.data.push(v);
    this.off.push(this.data.length);
  }
  arrays(): [Int32Array, Int32Array] {
    return [Int32Array.from(this.off), Int32Array.from(this.data)];
  }
}

const add = (m: Map<string, number[]>, key: string, v: number) => {
  const list = m.get(key);
  if (list) list.push(v);
  else m.set(key, [v]);
};

const RE_LATIN_OR_CYRILLIC_WORD = /^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u;

export function compileIndex(doc: IndexDocument): CompiledMatcher {
  const words = new Map<string, number>();
  const wordList: string[] = [];
  const nameWord: boolean[] = [];
  const wordId = (w: string, isName: boolean): number => {
    let id = words.get(w);
    if (id === undefined) {
      id = wordList.length;
      words.set(w, id);
      wordList.push(w);
      nameWord.push(false);
    }
    if (isName) nameWord[id] = true;
    return id;
  };

  const pat = new Csr();
  const patKind: number[] = [];
  const patOwner: number[] = [];
  const patGroup: number[] = [];
  // The same name or term listed twice for one owner (in two languages, say) is one pattern.
  let ownerKey = '';
  let seenForOwner = new Set<string>();
  const addPattern = (text: string, kind: number, owner: number, group: number) => {
    const toks = tokenize(text).map((t) => t.text);
    if (toks.length === 0) return;
    const key = `${kind}:${owner}:${group}`;
    if (key !== ownerKey) {
      ownerKey = key;
      seenForOwner = new Set();
    }
    const joined = toks.join(' ');
    if (seenForOwner.has(joined)) return;
    seenForOwner.add(joined);
    pat.push(toks.map((t) => wordId(t, kind === PAT_ENTITY)));
    patKind.push(kind);
    patOwner.push(owner);
    patGroup.push(group);
  };

  const entityIndex = new Map<string, number>();
  doc.entities.forEach((e, i) => {
    entityIndex.set(e.id, i);
    for (const names of Object.values(e.names)) for (const name of names) addPattern(name, PAT_ENTITY, i, 0);
  });

  const all = new Csr();
  const any = new Csr();
  const anyMin: number[] = [];
  const minContext: number[] = [];
  const groupCount: number[] = [];
  const requiredGroups: number[] = [];
  const visibleFrom: number[] = [];
  const entityEvents: Set<number>[] = doc.entities.map(() => new Set<number>());
  const sourceUrls: string[] = [];
  const sourceEvent: number[] = [];

  doc.events.forEach((ev, i) => {
    const rule = ev.match;
    const allIdx = rule.all.map((id) => entityIndex.get(id)).filter((x): x is number => x !== undefined);
    const anyIdx = (rule.any ?? []).map((id) => entityIndex.get(id)).filter((x): x is number => x !== undefined);
    all.push(allIdx);
    any.push(anyIdx);
    for (const e of [...allIdx, ...anyIdx]) entityEvents[e]!.add(i);
    anyMin.push(anyIdx.length === 0 ? 0 : Math.min(anyIdx.length, rule.anyMin ?? 1));
    minContext.push(Math.min(rule.context.length, rule.minContext ?? 2));
    groupCount.push(rule.context.length);
    let required = 0;
    for (const g of rule.requireContext ?? []) if (g >= 0 && g < Math.min(32, rule.context.length)) required |= 1 << g;
    requiredGroups.push(required >>> 0);
    rule.context.forEach((group, g) => { for (const term of group) addPattern(term, PAT_CONTEXT, i, g); });
    for (const phrase of rule.phrases ?? []) addPattern(phrase, PAT_PHRASE, i, 0);
    const d = ev.dates;
    // Public from its first report, or from its announcement for scheduled events.
    const firstPublic = d.reported ?? d.start;
    visibleFrom.push(toDayNumber(d.announced && d.announced < firstPublic ? d.announced : firstPublic));
    for (const s of ev.sources) {
      const u = articleKey(s.url);
      if (u) {
        sourceUrls.push(u);
        sourceEvent.push(i);
      }
    }
  });

  // Word tables.
  const exactEntries = new Map<string, number[]>();
  const fuzzyEntries = new Map<string, number[]>();
  wordList.forEach((w, id) => {
    for (const form of indexForms(w)) add(exactEntries, form, id);
    for (const bare of articleFreeForms(w)) for (const form of indexForms(bare)) add(exactEntries, form, id);
    if (nameWord[id] && w.length >= FUZZY_MIN_LETTERS && RE_LATIN_OR_CYRILLIC_WORD.test(w)) {
      // Transliterations: the skeleton of the word and of its stems.
      for (const form of indexForms(w)) {
        if (form.length <= MIN_STEM) continue;
        const s = skeleton(form);
        if (s.length >= MIN_SKELETON) add(fuzzyEntries, s, id);
      }
      // Typos: the letters and each one-deletion variant.
      if (w.length >= TYPO_MIN_LETTERS) {
        add(fuzzyEntries, w, id);
        for (const d of deletions(w)) add(fuzzyEntries, d, id);
      }
    }
  });

  // The scanner tries a page word's stem only when the whole word is not a key. So when a whole
  // word is a key (an inflected form some pattern uses, "уиткоффа"), it must also carry the words
  // of its stem ("уиткофф"), or that inflected form would stop matching the base name elsewhere.
  // Likewise an Arabic or Hebrew key with its article ("القمة") carries the words of its bare form.
  const snapshot = new Map([...exactEntries].map(([k, v]) => [k, [...v]]));
  const merge = (list: number[], from: string) => {
    const words = snapshot.get(from);
    if (words) for (const w of words) if (!list.includes(w)) list.push(w);
  };
  for (const [key, list] of exactEntries) {
    for (const trie of [ENDING_TRIE, INDEX_TRIE]) {
      const e = longestEnding(key, trie);
      if (e > 0) merge(list, key.slice(0, key.length - e));
    }
    for (const bare of articleFreeForms(key)) {
      merge(list, bare);
      const e = longestEnding(bare);
      if (e > 0) merge(list, bare.slice(0, bare.length - e));
    }
  }

  const [patOff, patWords] = pat.arrays();
  const firstLists: number[][] = wordList.map(() => []);
  for (let p = 0; p < patKind.length; p++) firstLists[patWords[patOff[p]!]!]!.push(p);
  const firstOff = new Int32Array(wordList.length + 1);
  const firstInfo = new Int32Array(patKind.length * 4);
  let fi = 0;
  firstLists.forEach((list, w) => {
    firstOff[w] = fi / 4;
    for (const p of list) {
      firstInfo[fi++] = patOff[p]!;
      firstInfo[fi++] = patOff[p + 1]! - patOff[p]!;
      firstInfo[fi++] = patOwner[p]!;
      firstInfo[fi++] = (patKind[p]! << 16) | patGroup[p]!;
    }
  });
  firstOff[wordList.length] = fi / 4;
  const [allOff, allData] = all.arrays();
  const [anyOff, anyData] = any.arrays();
  const entEv = new Csr();
  for (const set of entityEvents) entEv.push([...set].sort((a, b) => a - b));
  const [entEvOff, entEvData] = entEv.arrays();

  return {
    format: MATCHER_FORMAT,
    eventIds: doc.events.map((e) => e.id),
    entityIds: doc.entities.map((e) => e.id),
    exact: buildMultiMap(exactEntries),
    fuzzy: buildMultiMap(fuzzyEntries, poly1, poly2),
    patWords,
    firstOff,
    firstInfo,
    allOff,
    allData,
    anyOff,
    anyData,
    anyMin: Uint8Array.from(anyMin),
    minContext: Uint8Array.from(minContext),
    groupCount: Uint16Array.from(groupCount),
    requiredGroups: Uint32Array.from(requiredGroups),
    visibleFrom: Int32Array.from(visibleFrom),
    entEvOff,
    entEvData,
    sourceUrls,
    sourceEvent: Int32Array.from(sourceEvent),
  };
}
