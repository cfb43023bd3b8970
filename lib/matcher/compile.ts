/**
 * Compiles an index into the structure the scanner walks: word tables (exact forms and stems;
 * phonetic skeletons for names), patterns as word sequences, and event rules as flat arrays.
 * The layout of every array is described on CompiledMatcher below and in README.md here.
 */
import type { IndexDocument } from '../index-format/types';
import { conceptTable, expandGroup } from '../index-format/concepts';
import type { HashMultiMap } from './hash-table';
import { exactTableSteps, fuzzyTableSteps } from './word-tables';
import { SpareArray } from './table-builder';
import { StringPool, stringIds } from './key-ids';
import { CsrBuilder, csrFromPairs, IntList } from './int-lists';
import { TrieBuilder } from './trie-builder';
import { rankOf, ranksOf, sparseOffsets } from './ranked-bits';
import { FoldedTokens, foldTokens, tokenize } from './tokenize';
import { articleKey } from '../url/identity';
import { firstPublicDay } from './dates';
import { eventDayRanges } from './date-agreement';
import { runInSlices as runStepsInSlices } from '../steps/run-in-slices';

/** Bump when the compiled layout or the tokenizing rules change: stored matchers are rebuilt. */
export const MATCHER_FORMAT = 14;
/**
 * A name used by at most this many events says which event a sentence means: it anchors the
 * events that list it among their `any` names, and a sentence with all of an event's required
 * names needs one such (passing-mention.ts).
 */
export const FEW_EVENTS = 2;

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
// ctxData is an Int32Array (nodes below 2^26): a shift is exact, and cheaper than a division.
export const ctxNode = (packed: number): number => packed >>> CTX_GROUP_BITS;
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
   * Trie edges. Nodes that are not single words are numbered breadth first, each parent's children
   * together and in the order of their last word: node wordCount + i is child i, whose last word
   * is childWord[i]. The children of node n (which has NODE_CHILDREN) are children
   * childStart[r] .. childStart[r+1] with r = rankOf(childNodes, childRanks, n) (ranked-bits.ts);
   * childOf looks one up by binary search. Only multi-word patterns have edges.
   */
  childNodes: Uint32Array;
  childRanks: Int32Array;
  childStart: Int32Array;
  childWord: Int32Array;
  /**
   * Triggers of nodes (see trigEntity, trigEvent), kept for the nodes that have some: bit n of
   * trigNodes is set when node n has; its triggers are then trigData[trigOff[r] .. trigOff[r+1])
   * with r = rankOf(trigNodes, trigRanks, n) (ranked-bits.ts; triggersAt below).
   */
  trigNodes: Uint32Array;
  trigRanks: Int32Array;
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
   * unless that one occurs) and on its `any` entities used by at most FEW_EVENTS events (a passing
   * mention may name it by one of those alone); an event with only `any` entities on each of them.
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


/** Where node n's triggers start in m.trigOff (its triggers: trigData[trigOff[r] .. trigOff[r+1])), or -1 when it has none. */
export const triggersAt = (m: CompiledMatcher, node: number): number => rankOf(m.trigNodes, m.trigRanks, node);

/** The child of `parent` for the next word `word`, or -1. */
export function childOf(m: CompiledMatcher, parent: number, word: number): number {
  const r = rankOf(m.childNodes, m.childRanks, parent);
  if (r < 0) return -1;
  const cw = m.childWord;
  let lo = m.childStart[r]!;
  let hi = m.childStart[r + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const w = cw[mid]!;
    if (w === word) return m.wordCount + mid;
    if (w < word) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/**
 * The trie's layout (see CompiledMatcher.childWord): the number of each trie-builder node among
 * the nodes that are not words (breadth first, a parent's children together, by word), the
 * children's words, and per parent the start of its children. Parents are words w (< wordCount)
 * or builder nodes t (wordCount + t) as `keys`.
 */
function trieLayout(trie: TrieBuilder, wordCount: number): { num: Int32Array; childWord: Int32Array; starts: Int32Array; parents: Int32Array } {
  const count = trie.count;
  const keyOf = (ref: number): number => (ref >= 0 ? ref : wordCount - 1 - ref);
  // Children of each parent key, as builder nodes (a counting sort by parent), then by word.
  const off = new Int32Array(wordCount + count + 1);
  for (let t = 0; t < count; t++) off[keyOf(trie.parents.data[t]!) + 1]!++;
  for (let k = 0; k < wordCount + count; k++) off[k + 1]! += off[k]!;
  const fill = off.slice(0, wordCount + count);
  const kids = new Int32Array(count);
  for (let t = 0; t < count; t++) kids[fill[keyOf(trie.parents.data[t]!)]!++] = t;
  const words = trie.words.data;
  for (let k = 0; k < wordCount + count; k++) {
    const from = off[k]!;
    const to = off[k + 1]!;
    if (to - from < 2) continue;
    const sorted = Array.from(kids.subarray(from, to)).sort((a, b) => words[a]! - words[b]!);
    kids.set(sorted, from);
  }
  // Breadth first: the words' children, then the children of each node in the order numbered.
  const num = new Int32Array(count);
  const order = new Int32Array(count);
  const starts = new IntList(1024);
  const parents = new IntList(1024);
  let next = 0;
  const place = (key: number, node: number): void => {
    if (off[key + 1] === off[key]) return;
    starts.push(next);
    parents.push(node);
    for (let j = off[key]!; j < off[key + 1]!; j++) {
      num[kids[j]!] = next;
      order[next++] = kids[j]!;
    }
  };
  for (let w = 0; w < wordCount; w++) place(w, w);
  for (let i = 0; i < next; i++) place(wordCount + order[i]!, wordCount + i);
  starts.push(count);
  const childWord = new Int32Array(count);
  for (let i = 0; i < count; i++) childWord[i] = words[order[i]!]!;
  return { num, childWord, starts: starts.toArray(), parents: parents.toArray() };
}

/** A text without words has no pattern. */
const NO_REF = -0x80000000;

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

/** What the first pass over the index gives: words, the trie's new nodes, and owners' lists of pattern references. */
interface Patterns {
  /** Each word id's folded word. */
  words: StringPool;
  /** Per word id: 1 when some entity name uses it. */
  nameWord: Int32Array;
  trie: TrieBuilder;
  /** Per entity: its names as pattern references (see patternSteps). */
  entPat: CsrBuilder;
  /** Per event: its context terms as references, and beside each its group; its phrases; rule.all, rule.any (entity indexes); its day ranges. */
  ctx: CsrBuilder;
  ctxGroup: IntList;
  phr: CsrBuilder;
  all: CsrBuilder;
  any: CsrBuilder;
  days: CsrBuilder;
  anyMin: Uint8Array;
  minContext: Uint8Array;
  groupCount: Uint16Array;
  requiredGroups: Uint32Array;
  visibleFrom: Int32Array;
  /** Per entity: how many events' rules name it. */
  entityUse: Int32Array;
  sourceUrls: string[];
  sourceEvent: Int32Array;
}

/**
 * The first pass: every name, term and phrase tokenized into word ids, patterns as references
 * (a word id for one word, -1 - t for trie node t: trie-builder.ts), and the events' rules as
 * lists. Its tables that find words and trie nodes are let go when it returns.
 */
function* patternSteps(doc: IndexDocument): Generator<number, Patterns> {
  let units = 0;
  // The compiler's tables of strings are KeyIds and a StringPool, not Maps: see key-ids.ts (V8's
  // GC pauses); its lists are typed arrays (int-lists.ts).
  const wordIds = new StringPool();
  const nameWord = new IntList(1024);
  // Marks the word id a token got (nameWord).
  const wordIdOf = (id: number, isName: boolean): number => {
    if (id === nameWord.length) nameWord.push(0);
    if (isName) nameWord.data[id] = 1;
    return id;
  };

  // Each text's pattern. Texts are not deduplicated first (a table of 800k texts cost more than
  // folding them again): the same word sequence finds the same words and trie path.
  const trie = new TrieBuilder();
  const folded = new FoldedTokens();
  const patternOf = (text: string, isName: boolean): number => {
    let ref = NO_REF;
    if (foldTokens(text, folded)) {
      const { units, start, hash } = folded;
      for (let q = 0; q < folded.count; q++) {
        const w = wordIdOf(wordIds.addUnits(units, start[q]!, start[q + 1]! - start[q]!, hash[q]!), isName);
        ref = q === 0 ? w : trie.child(ref, w);
      }
    } else {
      const toks = tokenize(text);
      for (let q = 0; q < toks.length; q++) {
        const w = wordIdOf(wordIds.add(toks[q]!.text), isName);
        ref = q === 0 ? w : trie.child(ref, w);
      }
    }
    return ref;
  };

  // Entity id -> index (the last entity with an id, as a Map would keep).
  const entityKeys = stringIds();
  const entityAt: number[] = [];
  const entityIndex = (id: string): number | undefined => {
    const k = entityKeys.idOf(id);
    return k < 0 ? undefined : entityAt[k];
  };
  const nEnt = doc.entities.length;
  const entPat = new CsrBuilder(nEnt + 1, nEnt * 3);
  for (let i = 0; i < nEnt; i++) {
    const e = doc.entities[i]!;
    entityAt[entityKeys.add(e.id)] = i;
    // The same name listed twice for one entity (in two languages, say) is one pattern.
    for (const list of Object.values(e.names)) {
      for (const name of list) {
        const ref = patternOf(name, true);
        if (ref !== NO_REF) entPat.pushUnique(ref);
      }
    }
    entPat.end();
    if (++units >= STEP_UNITS) { yield units; units = 0; }
  }

  // A concept's words are the terms of each group that references it: one pattern per distinct
  // word sequence, however many events and languages share it (as for any term).
  const concepts = conceptTable(doc.concepts);
  const nEv = doc.events.length;
  const p: Patterns = {
    words: wordIds,
    nameWord: nameWord.data,
    trie,
    entPat,
    ctx: new CsrBuilder(nEv + 1, nEv * 6),
    ctxGroup: new IntList(nEv * 6),
    phr: new CsrBuilder(nEv + 1, nEv),
    all: new CsrBuilder(nEv + 1, nEv * 2),
    any: new CsrBuilder(nEv + 1, 64),
    days: new CsrBuilder(nEv + 1, nEv * 2),
    anyMin: new Uint8Array(nEv),
    minContext: new Uint8Array(nEv),
    groupCount: new Uint16Array(nEv),
    requiredGroups: new Uint32Array(nEv),
    visibleFrom: new Int32Array(nEv),
    entityUse: new Int32Array(nEnt),
    sourceUrls: [],
    sourceEvent: new Int32Array(0),
  };
  const { ctx, ctxGroup, phr, all, any, days } = p;
  const sourceEvent = new IntList(nEv);

  for (let i = 0; i < nEv; i++) {
    const ev = doc.events[i]!;
    const rule = ev.match;
    for (const id of rule.all) {
      const e = entityIndex(id);
      if (e !== undefined) all.push(e);
    }
    for (const id of rule.any ?? []) {
      const e = entityIndex(id);
      if (e !== undefined) any.push(e);
    }
    // Each entity the rule names counts once.
    const allStart = all.start;
    const anyStart = any.start;
    const allCount = all.data.length - allStart;
    const anyCount = any.data.length - anyStart;
    const named = (k: number): number => (k < allCount ? all.data.data[allStart + k]! : any.data.data[anyStart + k - allCount]!);
    for (let k = 0; k < allCount + anyCount; k++) {
      let first = true;
      for (let j = 0; j < k && first; j++) if (named(j) === named(k)) first = false;
      if (first) p.entityUse[named(k)]!++;
    }
    all.end();
    any.end();
    p.anyMin[i] = anyCount === 0 ? 0 : Math.min(anyCount, rule.anyMin ?? 1);
    p.minContext[i] = Math.min(rule.context.length, rule.minContext ?? 2);
    p.groupCount[i] = rule.context.length;
    let required = 0;
    for (const g of rule.requireContext ?? []) if (g >= 0 && g < Math.min(32, rule.context.length)) required |= 1 << g;
    p.requiredGroups[i] = required >>> 0;
    // Each term once per group (the same term in two languages, say).
    for (let g = 0; g < rule.context.length; g++) {
      const groupStart = ctx.data.length;
      for (const term of expandGroup(rule.context[g]!, concepts)) {
        const ref = patternOf(term, false);
        if (ref === NO_REF) continue;
        let known = false;
        for (let j = groupStart; j < ctx.data.length && !known; j++) known = ctx.data.data[j] === ref;
        if (known) continue;
        ctx.push(ref);
        ctxGroup.push(g);
      }
    }
    ctx.end();
    for (const text of rule.phrases ?? []) {
      const ref = patternOf(text, false);
      if (ref !== NO_REF) phr.pushUnique(ref);
    }
    phr.end();
    p.visibleFrom[i] = firstPublicDay(ev.dates);
    for (const d of eventDayRanges(ev.dates)) days.push(d);
    days.end();
    for (const s of ev.sources) {
      const u = articleKey(s.url);
      if (u) {
        p.sourceUrls.push(u);
        sourceEvent.push(i);
      }
    }
    if (++units >= STEP_UNITS) { yield units; units = 0; }
  }
  wordIds.seal();
  trie.seal();
  p.nameWord = nameWord.data.subarray(0, nameWord.length);
  p.sourceEvent = sourceEvent.toArray();
  return p;
}

/** The compiler, as a generator that yields the units of work done since its last yield (<= STEP_UNITS). */
export function* compileSteps(doc: IndexDocument): Generator<number, CompiledMatcher> {
  const p = yield* patternSteps(doc);
  let units = 0;

  // The trie: nodes 0 .. wordCount-1 are the words; node t of the trie builder is wordCount + num[t] (trieLayout).
  const wordCount = p.words.size;
  const trie = p.trie;
  const nodeCount = wordCount + trie.count;
  const { num, childWord, starts: childStart, parents } = trieLayout(trie, wordCount);
  const nodeOf = (ref: number): number => (ref >= 0 ? ref : wordCount + num[-1 - ref]!);
  const nodeFlags = new Uint8Array(nodeCount);
  const childNodes = new Uint32Array(Math.ceil(nodeCount / 32));
  for (let i = 0; i < parents.length; i++) {
    const node = parents[i]!;
    nodeFlags[node]! |= NODE_CHILDREN;
    childNodes[node >>> 5]! |= 1 << (node & 31);
  }
  const childRanks = ranksOf(childNodes);
  yield STEP_UNITS;

  // Owners' patterns as nodes, and each node's triggers as (node, trigger) pairs, in the order
  // entities' names, then each event's context terms and phrases.
  const trigNode = new IntList(nodeCount);
  const trigValue = new IntList(nodeCount);
  const trigger = (node: number, t: number) => {
    trigNode.push(node);
    trigValue.push(t);
  };
  const [entPatOff, entPatData] = p.entPat.finish();
  const nEnt = entPatOff.length - 1;
  for (let e = 0; e < nEnt; e++) {
    for (let j = entPatOff[e]!; j < entPatOff[e + 1]!; j++) {
      const node = nodeOf(entPatData[j]!);
      entPatData[j] = node;
      nodeFlags[node]! |= NODE_PATTERN;
      trigger(node, trigEntity(e));
    }
    if (++units >= STEP_UNITS) { yield units; units = 0; }
  }
  const [ctxOff, ctxData] = p.ctx.finish();
  const [phrOff, phrData] = p.phr.finish();
  const [allOff, allData] = p.all.finish();
  const [anyOff, anyData] = p.any.finish();
  const entityUse = p.entityUse;
  const anchorEntity = new IntList(allOff.length);
  const anchorEvent = new IntList(allOff.length);
  const nEv = allOff.length - 1;
  for (let i = 0; i < nEv; i++) {
    const entityless = allOff[i] === allOff[i + 1] && anyOff[i] === anyOff[i + 1];
    for (let j = ctxOff[i]!; j < ctxOff[i + 1]!; j++) {
      const node = nodeOf(ctxData[j]!);
      nodeFlags[node]! |= NODE_PATTERN;
      if (entityless) trigger(node, trigEvent(i));
      ctxData[j] = packCtx(node, p.ctxGroup.data[j]!);
    }
    for (let j = phrOff[i]!; j < phrOff[i + 1]!; j++) {
      const node = nodeOf(phrData[j]!);
      phrData[j] = node;
      nodeFlags[node]! |= NODE_PATTERN;
      trigger(node, trigEvent(i));
    }
    // Anchors: an event with `all` entities on the one used by the fewest events, and on each of
    // its `any` entities that few events use (a passing mention may name the event by such a name
    // alone: "after the February election, in which the AfD came second"); an event with only `any`
    // entities on each of them. (Every required name that few events use was tried as well: one
    // more mention on the corpus, 5% more time on pages of a shared vocabulary.)
    const anchored = anchorEvent.length;
    const anchorOn = (ent: number) => {
      for (let k = anchored; k < anchorEvent.length; k++) if (anchorEntity.data[k] === ent) return;
      anchorEntity.push(ent);
      anchorEvent.push(i);
    };
    const required = allOff[i] !== allOff[i + 1];
    if (required) {
      let anchor = allData[allOff[i]!]!;
      for (let j = allOff[i]!; j < allOff[i + 1]!; j++) if (entityUse[allData[j]!]! < entityUse[anchor]!) anchor = allData[j]!;
      anchorOn(anchor);
    }
    for (let j = anyOff[i]!; j < anyOff[i + 1]!; j++) if (!required || entityUse[anyData[j]!]! <= FEW_EVENTS) anchorOn(anyData[j]!);
    if (++units >= STEP_UNITS) { yield units; units = 0; }
  }
  const [nodeTrigOff, trigData] = csrFromPairs(trigNode, trigValue, nodeCount, true);
  const [trigNodes, trigRanks, trigOff] = sparseOffsets(nodeTrigOff, nodeCount);
  const [anchorOff, anchorData] = csrFromPairs(anchorEntity, anchorEvent, nEnt, false);
  const [dayOff, dayData] = p.days.finish();
  yield STEP_UNITS;

  // Word tables, one after the other, the second in the memory the first has finished with.
  const spare = new SpareArray();
  const exact = yield* exactTableSteps(p.words, spare);
  const fuzzy = yield* fuzzyTableSteps(p.words, p.nameWord, spare);

  return {
    format: MATCHER_FORMAT,
    eventIds: doc.events.map((e) => e.id),
    entityIds: doc.entities.map((e) => e.id),
    exact,
    fuzzy,
    wordCount,
    nodeFlags,
    childNodes,
    childRanks,
    childStart,
    childWord,
    trigNodes,
    trigRanks,
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
    anyMin: p.anyMin,
    minContext: p.minContext,
    groupCount: p.groupCount,
    requiredGroups: p.requiredGroups,
    visibleFrom: p.visibleFrom,
    anchorOff,
    anchorData,
    entityEvents: entityUse,
    dayOff,
    dayData,
    sourceUrls: p.sourceUrls,
    sourceEvent: p.sourceEvent,
  };
}
