/**
 * Compiles an index into the structure the scanner walks: word tables (exact forms and stems;
 * phonetic skeletons for names), patterns as word sequences, and event rules as flat arrays.
 * The layout of every array is described on CompiledMatcher below and in README.md here.
 */
import type { IndexDocument } from '../index-format/types';
import { conceptTable, expandGroup } from '../index-format/concepts';
import { articleFreeForms } from './clitics';
import { endingLengths, indexForms, longestEnding, MIN_STEM, PAGE_TRIES } from './endings';
import { MultiMapBuilder, poly1, poly2, type HashMultiMap } from './hash-table';
import { numberListIds, stringIds } from './key-ids';
import { deletions, FUZZY_MIN_LETTERS, MIN_SKELETON, skeleton, TYPO_MIN_LETTERS } from './phonetic';
import { tokenize } from './tokenize';
import { articleKey } from '../url/identity';
import { firstPublicDay } from './dates';
import { eventDayRanges } from './date-agreement';
import { runInSlices as runStepsInSlices } from '../steps/run-in-slices';

/** Bump when the compiled layout or the tokenizing rules change: stored matchers are rebuilt. */
export const MATCHER_FORMAT = 12;

/** Pattern kinds. A pattern is a name of an entity, a context term of an event, or a phrase of an event. */
export const PAT_ENTITY = 0;
export const PAT_CONTEXT = 1;
export const PAT_PHRASE = 2;

/**
 * Patterns are word sequences, stored once however many owners use them, as nodes of a trie over
 * word ids: node w (< word count) is the one-word sequence [w]; longer sequences are further nodes,
 * reached from their prefix's node through the `next` table. nodeFlags says whether a node is a
 * pattern (NODE_PATTERN) and whether it has longer continuations (NODE_CHILDREN).
 */
export const NODE_PATTERN = 1;
export const NODE_CHILDREN = 2;

/**
 * A trigger (trigData) is an owner whose candidacy a pattern's first occurrence on a page starts:
 * entity index * 2 for a name (the entity occurs), event index * 2 + 1 for an event's phrase, or a
 * context term of an event whose rule names no entity. Context terms of events with entities are
 * not triggers: such events are reached from their anchor entity (anchorOff/anchorData).
 */
export const trigEntity = (e: number): number => e * 2;
export const trigEvent = (ev: number): number => ev * 2 + 1;

/** Event context patterns (ctxData) pack the pattern's node and the context group (< 32). */
export const CTX_GROUP_BITS = 5;
export const packCtx = (node: number, group: number): number => node * (1 << CTX_GROUP_BITS) + group;
export const ctxNode = (packed: number): number => Math.floor(packed / (1 << CTX_GROUP_BITS));
export const ctxGroup = (packed: number): number => packed & ((1 << CTX_GROUP_BITS) - 1);

/**
 * Everything matchPage needs, made of typed arrays and string arrays only, so IndexedDB stores it
 * as it is (stored.ts). Indexes: word ids number the distinct tokens of all names, terms and
 * phrases; nodes number the distinct patterns (and their prefixes); entity and event indexes are
 * positions in eventIds and entityIds (the index's order).
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
  /** Number of word ids (= the first node that is not a single word). */
  wordCount: number;
  /** Per node: NODE_PATTERN | NODE_CHILDREN bits. */
  nodeFlags: Uint8Array;
  /**
   * Trie edges, open addressing over (nextMask + 1) slots of 3 numbers: [parent node, word id,
   * child node + 1] (0: empty slot). Only multi-word patterns have edges.
   */
  nextMask: number;
  next: Int32Array;
  /** Triggers of each node (see trigEntity, trigEvent): trigData[trigOff[n] .. trigOff[n+1]). */
  trigOff: Int32Array;
  trigData: Int32Array;
  /** Entity e's names as nodes, in index order: entPatData[entPatOff[e] .. entPatOff[e+1]). */
  entPatOff: Int32Array;
  entPatData: Int32Array;
  /** Event e's context terms as packCtx(node, group), in index order. */
  ctxOff: Int32Array;
  ctxData: Int32Array;
  /** Event e's phrases as nodes, in index order. */
  phrOff: Int32Array;
  phrData: Int32Array;
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
  /**
   * Entity e anchors events anchorData[anchorOff[e] .. anchorOff[e+1]), ascending: an event with
   * `all` entities is anchored on the one of them used by the fewest events (its rule cannot hold
   * unless that one occurs); an event with only `any` entities on each of them.
   */
  anchorOff: Int32Array;
  anchorData: Int32Array;
  /** Per entity: how many events' rules name it (a name many events share says little about which one a page means). */
  entityEvents: Int32Array;
  /**
   * Per event, its dates as inclusive day ranges (date-agreement.ts eventDayRanges: start..end,
   * reported, announced), flat pairs: dayData[dayOff[e] .. dayOff[e+1]). Dates written on the page
   * near the evidence are compared with them.
   */
  dayOff: Int32Array;
  dayData: Int32Array;
  /** Source URLs as article keys (lib/url/identity.ts) and the event index each belongs to, side by side. */
  sourceUrls: string[];
  sourceEvent: Int32Array;
}


/** Slot of trie edge (parent, word) in `next`: the first slot to probe. */
export const edgeSlot = (parent: number, word: number, mask: number): number => {
  const h = Math.imul(parent ^ Math.imul(word, 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
};

/** The child of `parent` for the next word `word`, or -1. */
export function childOf(m: CompiledMatcher, parent: number, word: number): number {
  const next = m.next;
  const mask = m.nextMask;
  for (let i = edgeSlot(parent, word, mask); ; i = (i + 1) & mask) {
    const b = i * 3;
    const c = next[b + 2]!;
    if (c === 0) return -1;
    if (next[b] === parent && next[b + 1] === word) return c - 1;
  }
}

/** Builds a CSR pair from per-item lists. */
function toCsr(lists: ArrayLike<number>[]): [Int32Array, Int32Array] {
  const off = new Int32Array(lists.length + 1);
  let n = 0;
  for (let i = 0; i < lists.length; i++) {
    off[i] = n;
    n += lists[i]!.length;
  }
  off[lists.length] = n;
  const data = new Int32Array(n);
  for (let i = 0; i < lists.length; i++) data.set(lists[i]!, off[i]!);
  return [off, data];
}

const RE_LATIN_OR_CYRILLIC_WORD = /^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u;

/** Trie edges are keyed parent * EDGE_KEY + word while compiling (word ids stay below 2^26). */
const EDGE_KEY = 2 ** 26;
const NO_LIST: readonly number[] = [];

/**
 * Compiling yields after about STEP_UNITS units of work (an entity, an event, a word, a table key),
 * so that compileIndexInSlices can stop between steps: no step is long.
 */
export const STEP_UNITS = 1024;

/** Compiles the index in one go. */
export function compileIndex(doc: IndexDocument): CompiledMatcher {
  const steps = compileSteps(doc);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Stop a slice once it has run this long (default 40 ms: a slice stays near the 50 ms of a long task). */
  budgetMs?: number;
  /** The clock (default performance.now). */
  now?: () => number;
  /** Called between slices; the next slice starts when it resolves (default: a macrotask, setTimeout 0). */
  pause?: () => Promise<void>;
}

/**
 * Runs compile steps (compileSteps, or any generator of work units) in slices of at most about
 * budgetMs, pausing between them, so that a worker compiling 100k events stays responsive. The
 * driver is the one every sliced task uses (lib/steps/run-in-slices.ts); only the defaults differ.
 */
export function runInSlices<T>(steps: Generator<number, T>, o: SliceOptions = {}): Promise<T> {
  return runStepsInSlices(steps, {
    sliceMs: o.budgetMs ?? 40,
    yieldToPage: o.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0))),
    ...(o.now ? { now: o.now } : {}),
  });
}

/** compileIndex in slices (see runInSlices): the same matcher, without one long task. */
export function compileIndexInSlices(doc: IndexDocument, o: SliceOptions = {}): Promise<CompiledMatcher> {
  return runInSlices(compileSteps(doc), o);
}

/** The compiler, as a generator that yields the units of work done since its last yield (<= STEP_UNITS). */
export function* compileSteps(doc: IndexDocument): Generator<number, CompiledMatcher> {
  let units = 0;
  // The compiler's tables of strings are KeyIds, not Maps: see key-ids.ts (V8's GC pauses).
  const words = stringIds();
  const wordList = words.keys;
  const nameWord: boolean[] = [];
  const wordId = (w: string, isName: boolean): number => {
    const id = words.add(w);
    if (id === nameWord.length) nameWord.push(false);
    if (isName) nameWord[id] = true;
    return id;
  };

  // A pattern, while compiling, is a word id (one word) or -1 - k for multi-word sequence k; the
  // same text is tokenized once however many owners list it.
  const multi = numberListIds();
  const multiSeqs = multi.keys;
  // Texts already tokenized (names apart from terms and phrases), and the pattern of each.
  const texts = [stringIds(), stringIds()];
  const textRefs: (number | null)[][] = [[], []];
  const patternOf = (text: string, isName: boolean): number | null => {
    const seen = texts[isName ? 1 : 0]!;
    const refs = textRefs[isName ? 1 : 0]!;
    const known = seen.size;
    const t = seen.add(text);
    if (t < known) return refs[t] ?? null;
    const toks = tokenize(text);
    let ref: number | null = null;
    if (toks.length === 1) ref = wordId(toks[0]!.text, isName);
    else if (toks.length > 1) ref = -1 - multi.add(toks.map((tok) => wordId(tok.text, isName)));
    refs.push(ref);
    return ref;
  };
  // The same name or term listed twice for one owner (in two languages, say) is one pattern.
  const uniqueRefs = (texts: Iterable<string>, isName: boolean): number[] => {
    const out: number[] = [];
    for (const t of texts) {
      const ref = patternOf(t, isName);
      if (ref !== null && !out.includes(ref)) out.push(ref);
    }
    return out;
  };

  // Entity id -> index (the last entity with an id, as a Map would keep).
  const entityKeys = stringIds();
  const entityAt: number[] = [];
  const entityIndex = (id: string): number | undefined => {
    const k = entityKeys.idOf(id);
    return k < 0 ? undefined : entityAt[k];
  };
  const entNames: number[][] = [];
  for (let i = 0; i < doc.entities.length; i++) {
    const e = doc.entities[i]!;
    entityAt[entityKeys.add(e.id)] = i;
    const names: string[] = [];
    for (const list of Object.values(e.names)) for (const name of list) names.push(name);
    entNames.push(uniqueRefs(names, true));
    if (++units >= STEP_UNITS) { yield units; units = 0; }
  }

  // A concept's words are the terms of each group that references it: one pattern per distinct
  // word sequence, however many events and languages share it (as for any term).
  const concepts = conceptTable(doc.concepts);
  const nEv = doc.events.length;
  const allLists: number[][] = [];
  const anyLists: number[][] = [];
  const ctxRefs: number[][] = [];
  const ctxGroups: number[][] = [];
  const phrRefs: number[][] = [];
  const anyMin = new Uint8Array(nEv);
  const minContext = new Uint8Array(nEv);
  const groupCount = new Uint16Array(nEv);
  const requiredGroups = new Uint32Array(nEv);
  const visibleFrom = new Int32Array(nEv);
  const dayLists: number[][] = [];
  const entityUse = new Int32Array(doc.entities.length);
  const sourceUrls: string[] = [];
  const sourceEvent: number[] = [];

  for (let i = 0; i < nEv; i++) {
    const ev = doc.events[i]!;
    const rule = ev.match;
    const allIdx = rule.all.map(entityIndex).filter((x): x is number => x !== undefined);
    const anyIdx = (rule.any ?? []).map(entityIndex).filter((x): x is number => x !== undefined);
    allLists.push(allIdx);
    anyLists.push(anyIdx);
    for (const e of new Set([...allIdx, ...anyIdx])) entityUse[e]!++;
    anyMin[i] = anyIdx.length === 0 ? 0 : Math.min(anyIdx.length, rule.anyMin ?? 1);
    minContext[i] = Math.min(rule.context.length, rule.minContext ?? 2);
    groupCount[i] = rule.context.length;
    let required = 0;
    for (const g of rule.requireContext ?? []) if (g >= 0 && g < Math.min(32, rule.context.length)) required |= 1 << g;
    requiredGroups[i] = required >>> 0;
    const refs: number[] = [];
    const groups: number[] = [];
    rule.context.forEach((group, g) => {
      for (const ref of uniqueRefs(expandGroup(group, concepts), false)) {
        refs.push(ref);
        groups.push(g);
      }
    });
    ctxRefs.push(refs);
    ctxGroups.push(groups);
    phrRefs.push(uniqueRefs(rule.phrases ?? [], false));
    visibleFrom[i] = firstPublicDay(ev.dates);
    dayLists.push(eventDayRanges(ev.dates));
    for (const s of ev.sources) {
      const u = articleKey(s.url);
      if (u) {
        sourceUrls.push(u);
        sourceEvent.push(i);
      }
    }
    if (++units >= STEP_UNITS) { yield units; units = 0; }
  }

  // The trie: nodes 0 .. wordCount-1 are the words; multi-word sequences add a node per new prefix.
  const wordCount = wordList.length;
  const edges = new Map<number, number>();
  let nodeCount = wordCount;
  const multiNode = new Int32Array(multiSeqs.length);
  const flagList: number[] = new Array<number>(wordCount).fill(0);
  for (let k = 0; k < multiSeqs.length; k++) {
    const seq = multiSeqs[k]!;
    let node = seq[0]!;
    for (let q = 1; q < seq.length; q++) {
      const key = node * EDGE_KEY + seq[q]!;
      let child = edges.get(key);
      if (child === undefined) {
        child = nodeCount++;
        edges.set(key, child);
        flagList.push(0);
        flagList[node]! |= NODE_CHILDREN;
      }
      node = child;
    }
    multiNode[k] = node;
    if (++units >= STEP_UNITS) { yield units; units = 0; }
  }
  const nodeOf = (ref: number): number => (ref >= 0 ? ref : multiNode[-1 - ref]!);
  const nodeFlags = Uint8Array.from(flagList);
  let edgeSlots = 4;
  while (edgeSlots < edges.size * 2) edgeSlots *= 2;
  const nextMask = edgeSlots - 1;
  const next = new Int32Array(edgeSlots * 3);
  for (const [key, child] of edges) {
    const parent = Math.floor(key / EDGE_KEY);
    const word = key - parent * EDGE_KEY;
    let i = edgeSlot(parent, word, nextMask);
    while (next[i * 3 + 2] !== 0) i = (i + 1) & nextMask;
    next[i * 3] = parent;
    next[i * 3 + 1] = word;
    next[i * 3 + 2] = child + 1;
    if (++units >= STEP_UNITS) { yield units; units = 0; }
  }

  // Owners' patterns as nodes, and each node's triggers.
  const trigLists: number[][] = [];
  const trigger = (node: number, t: number) => {
    const list = trigLists[node];
    if (!list) trigLists[node] = [t];
    else if (list[list.length - 1] !== t) list.push(t);
  };
  const entPat = entNames.map((refs, e) => refs.map((ref) => {
    const node = nodeOf(ref);
    nodeFlags[node]! |= NODE_PATTERN;
    trigger(node, trigEntity(e));
    return node;
  }));
  const ctxPacked: number[][] = [];
  const phrNodes: number[][] = [];
  const anchorLists: number[][] = doc.entities.map(() => []);
  for (let i = 0; i < nEv; i++) {
    const allIdx = allLists[i]!;
    const anyIdx = anyLists[i]!;
    const entityless = allIdx.length === 0 && anyIdx.length === 0;
    const groups = ctxGroups[i]!;
    ctxPacked.push(ctxRefs[i]!.map((ref, j) => {
      const node = nodeOf(ref);
      nodeFlags[node]! |= NODE_PATTERN;
      if (entityless) trigger(node, trigEvent(i));
      return packCtx(node, groups[j]!);
    }));
    phrNodes.push(phrRefs[i]!.map((ref) => {
      const node = nodeOf(ref);
      nodeFlags[node]! |= NODE_PATTERN;
      trigger(node, trigEvent(i));
      return node;
    }));
    if (allIdx.length > 0) {
      let anchor = allIdx[0]!;
      for (const e of allIdx) if (entityUse[e]! < entityUse[anchor]!) anchor = e;
      anchorLists[anchor]!.push(i);
    } else for (const e of new Set(anyIdx)) anchorLists[e]!.push(i);
    if (++units >= STEP_UNITS) { yield units; units = 0; }
  }
  for (let n = 0; n < nodeCount; n++) if (!trigLists[n]) trigLists[n] = NO_LIST as number[];

  // Word tables.
  const exact = new MultiMapBuilder();
  const fuzzy = new MultiMapBuilder(poly1, poly2);
  /** Every exact key of word w, in the order they are added. */
  const exactKeys = (w: string): string[] => {
    const keys = indexForms(w);
    for (const bare of articleFreeForms(w)) for (const form of indexForms(bare)) keys.push(form);
    return keys;
  };
  for (let id = 0; id < wordList.length; id++) {
    const w = wordList[id]!;
    for (const key of exactKeys(w)) exact.add(key, id);
    if (nameWord[id] && w.length >= FUZZY_MIN_LETTERS && RE_LATIN_OR_CYRILLIC_WORD.test(w)) {
      // Transliterations: the skeleton of the word and of its stems.
      for (const form of indexForms(w)) {
        if (form.length <= MIN_STEM) continue;
        const sk = skeleton(form);
        if (sk.length >= MIN_SKELETON) fuzzy.add(sk, id);
      }
      // Typos: the letters and each one-deletion variant.
      if (w.length >= TYPO_MIN_LETTERS) {
        fuzzy.add(w, id);
        for (const d of deletions(w)) fuzzy.add(d, id);
      }
    }
    if (++units >= STEP_UNITS) { yield units; units = 0; }
  }

  // The scanner tries a page word's stem only when the whole word is not a key. So when a whole
  // word is a key (an inflected form some pattern uses, "уиткоффа"), it must also carry the words
  // of its stem ("уиткофф"), or that inflected form would stop matching the base name elsewhere.
  // Likewise an Arabic or Hebrew key with its article ("القمة") carries the words of its bare form.
  // Words are merged from the lists as they were before this step (`before`), each key once.
  const before = exact.counts();
  const done = new Uint8Array(before.length);
  const merge = (slot: number, from: string): boolean => {
    const f = exact.find(from);
    if (f >= 0) for (const id of exact.firstPostings(f, before[f]!)) exact.append(slot, id);
    return f >= 0;
  };
  for (const w of wordList) {
    for (const key of exactKeys(w)) {
      const slot = exact.find(key);
      if (done[slot] === 1) continue;
      done[slot] = 1;
      // The stem the scanner would have found, per ending set: the first key, longest ending first.
      for (const trie of PAGE_TRIES) {
        for (const e of endingLengths(key, trie)) if (merge(slot, key.slice(0, key.length - e))) break;
      }
      for (const bare of articleFreeForms(key)) {
        merge(slot, bare);
        const e = longestEnding(bare);
        if (e > 0) merge(slot, bare.slice(0, bare.length - e));
      }
      if (++units >= STEP_UNITS) { yield units; units = 0; }
    }
  }

  const exactTable = yield* exact.finish();
  const fuzzyTable = yield* fuzzy.finish();
  const [trigOff, trigData] = toCsr(trigLists);
  const [entPatOff, entPatData] = toCsr(entPat);
  const [ctxOff, ctxData] = toCsr(ctxPacked);
  const [phrOff, phrData] = toCsr(phrNodes);
  const [allOff, allData] = toCsr(allLists);
  const [anyOff, anyData] = toCsr(anyLists);
  const [anchorOff, anchorData] = toCsr(anchorLists);
  const [dayOff, dayData] = toCsr(dayLists);

  return {
    format: MATCHER_FORMAT,
    eventIds: doc.events.map((e) => e.id),
    entityIds: doc.entities.map((e) => e.id),
    exact: exactTable,
    fuzzy: fuzzyTable,
    wordCount,
    nodeFlags,
    nextMask,
    next,
    trigOff,
    trigData,
    entPatOff,
    entPatData,
    ctxOff,
    ctxData,
    phrOff,
    phrData,
    allOff,
    allData,
    anyOff,
    anyData,
    anyMin,
    minContext,
    groupCount,
    requiredGroups,
    visibleFrom,
    anchorOff,
    anchorData,
    entityEvents: entityUse,
    dayOff,
    dayData,
    sourceUrls,
    sourceEvent: Int32Array.from(sourceEvent),
  };
}
