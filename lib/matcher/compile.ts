/**
 * Compiles an index into the structure the scanner walks: word tables (exact forms and stems;
 * phonetic skeletons for names), patterns as word sequences, and event rules as flat arrays.
 * The layout of every array is described on CompiledMatcher below and in README.md here.
 */
import type { IndexDocument } from '../index-format/types';
import { articleFreeForms } from './clitics';
import { ENDING_TRIE, INDEX_TRIE, indexForms, longestEnding, MIN_STEM } from './endings';
import { buildMultiMap, poly1, poly2, type HashMultiMap } from './hash-table';
import { deletions, FUZZY_MIN_LETTERS, MIN_SKELETON, skeleton, TYPO_MIN_LETTERS } from './phonetic';
import { tokenize } from './tokenize';
import { articleKey } from '../url/identity';
import { firstPublicDay } from './dates';

/** Bump when the compiled layout or the tokenizing rules change: stored matchers are rebuilt. */
export const MATCHER_FORMAT = 8;

/** Pattern kinds. A pattern is a name of an entity, a context term of an event, or a phrase of an event. */
export const PAT_ENTITY = 0;
export const PAT_CONTEXT = 1;
export const PAT_PHRASE = 2;

/**
 * Pattern entries: firstInfo holds ENTRY_INTS numbers per pattern, grouped by the pattern's
 * first word. Field offsets within one entry:
 */
export const ENTRY_INTS = 4;
/** Offset of the pattern's word ids in patWords. */
export const ENTRY_WORDS = 0;
/** Number of words in the pattern (1 for most names and terms). */
export const ENTRY_LENGTH = 1;
/** Entity index for PAT_ENTITY, else event index. */
export const ENTRY_OWNER = 2;
/** kind << KIND_SHIFT | context group (see packKindGroup). */
export const ENTRY_KIND_GROUP = 3;

/** The kind sits above a 16-bit context group (the schema allows 32 groups). */
const KIND_SHIFT = 16;
const GROUP_MASK = 0xffff;
export const packKindGroup = (kind: number, group: number): number => (kind << KIND_SHIFT) | group;
export const entryKind = (kindGroup: number): number => kindGroup >>> KIND_SHIFT;
export const entryGroup = (kindGroup: number): number => kindGroup & GROUP_MASK;

/** Writes one pattern entry at firstInfo[at .. at + ENTRY_INTS). */
export function packEntry(info: Int32Array, at: number, words: number, length: number, owner: number, kind: number, group: number): void {
  info[at + ENTRY_WORDS] = words;
  info[at + ENTRY_LENGTH] = length;
  info[at + ENTRY_OWNER] = owner;
  info[at + ENTRY_KIND_GROUP] = packKindGroup(kind, group);
}

/**
 * Everything matchPage needs, made of typed arrays and string arrays only, so IndexedDB stores it
 * as it is (stored.ts). Indexes: word ids number the distinct tokens of all names, terms and
 * phrases; entity and event indexes are positions in eventIds and entityIds (the index's order).
 * "Off/Data" pairs are CSR lists: the list of item i is data[off[i] .. off[i+1]).
 */
export interface CompiledMatcher {
  /** MATCHER_FORMAT of the build that compiled it. */
  format: number;
  /** Event id of each event index. */
  eventIds: string[];
  /** Entity id of each entity index. */
  entityIds: string[];
  /** Exact forms and stems of every index word -> word ids. */
  exact: HashMultiMap;
  /** Phonetic skeletons (and their one-deletion variants) of name words -> word ids. */
  fuzzy: HashMultiMap;
  /** Word ids of all patterns, each pattern's words back to back (an entry's ENTRY_WORDS points here). */
  patWords: Int32Array;
  /**
   * The patterns that start with word w are entries firstOff[w] .. firstOff[w+1] of firstInfo
   * (entry numbers: multiply by ENTRY_INTS for the position), length: word count + 1.
   */
  firstOff: Int32Array;
  /**
   * Pattern entries, ENTRY_INTS numbers each: [ENTRY_WORDS, ENTRY_LENGTH, ENTRY_OWNER,
   * ENTRY_KIND_GROUP]. One place per matched word, so a hit costs one or two cache lines, not
   * one per field. An entry's position also identifies its pattern.
   */
  firstInfo: Int32Array;
  /** Event e's rule.all entity indexes: allData[allOff[e] .. allOff[e+1]). allOff has events + 1 numbers. */
  allOff: Int32Array;
  allData: Int32Array;
  /** Event e's rule.any entity indexes: anyData[anyOff[e] .. anyOff[e+1]). */
  anyOff: Int32Array;
  anyData: Int32Array;
  /** How many of rule.any must occur (0 when there is no any list; at most its length, <= 64). */
  anyMin: Uint8Array;
  /** How many different context groups the window needs (rule.minContext, default 2, at most the groups). */
  minContext: Uint8Array;
  /** Number of context groups in the event's rule (<= 32). */
  groupCount: Uint16Array;
  /** Bit g set: context group g must be found (groups 0..31). */
  requiredGroups: Uint32Array;
  /**
   * Day number (dates.ts) of the day the event became public: the earlier of `announced` and
   * `reported` (else `start`); see firstPublicDay. NO_DATE when not a date. matchPage skips the
   * event on pages published more than a day before it.
   */
  visibleFrom: Int32Array;
  /** Entity e is used by the rules (all or any) of events entEvData[entEvOff[e] .. entEvOff[e+1]), ascending. */
  entEvOff: Int32Array;
  entEvData: Int32Array;
  /** Source URLs as article keys (lib/url/identity.ts) and the event index each belongs to, side by side. */
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
    visibleFrom.push(firstPublicDay(ev.dates));
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
  const firstInfo = new Int32Array(patKind.length * ENTRY_INTS);
  let entry = 0;
  firstLists.forEach((list, w) => {
    firstOff[w] = entry;
    for (const p of list) {
      packEntry(firstInfo, entry * ENTRY_INTS, patOff[p]!, patOff[p + 1]! - patOff[p]!, patOwner[p]!, patKind[p]!, patGroup[p]!);
      entry++;
    }
  });
  firstOff[wordList.length] = entry;
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
