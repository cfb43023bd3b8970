/**
 * The store of pattern occurrences on one page (filled by collect-occurrences.ts, read by the
 * window rule, evidence and matchPage): flat typed arrays with one linked list per pattern (trie
 * node), so that thousands of matched words cost no object allocation, and a pattern shared by
 * any number of events is recorded once per place it occurs. Occurrence i is tok[i], start[i],
 * end[i], fuzzy[i], hit[i] (the index of its first word's hit, which orders occurrences that start
 * on the same token); next[i] links it to the same pattern's next occurrence, in page order.
 * One instance is kept per matcher and reused: per-node, per-entity and per-event marks are valid
 * only when stamped with the current scan's generation, so starting a scan costs nothing even
 * with 100k events.
 */
import { grown } from './int-lists';

/** A phrase pattern's occurrences on one page: how many, and the first few different texts. */
export interface PhraseSummary {
  count: number;
  /** Occurrence numbers of the first different texts (case-insensitively), in page order. */
  picks: number[];
  /** Their texts, lowercased. */
  lower: string[];
  /** Their texts as written on the page. */
  texts: string[];
}

/** Numbers per slot of the node table (Occurrences.nodeState). */
const NODE_SLOT = 6;
const MIN_NODE_SLOTS = 1024;

export class Occurrences {
  n = 0;
  tok = new Int32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  fuzzy = new Uint8Array(1024);
  hit = new Int32Array(1024);
  /** Next occurrence of the same pattern (-1: none). */
  next = new Int32Array(1024);
  /** Events made candidates by a trigger (a phrase, or a context term of an entity-less rule), deduplicated. */
  touched: number[] = [];
  /** Entities that occur, in order of first occurrence. */
  entities: number[] = [];
  /** Patterns (nodes) that occur, in order of first occurrence. */
  nodes: number[] = [];
  /**
   * Units of work done on this page: pattern steps, occurrences, triggers, candidates, window
   * items. Exposed so tests can check that work follows the page, not the index's sharing.
   */
  work = 0;

  /** Phrase patterns summed up on this page (evidence.ts), by node. */
  phrases = new Map<number, PhraseSummary>();

  private gen = 1;
  /**
   * Per-page state of the patterns that occur: an open-addressing table keyed by node, slots of
   * NODE_SLOT numbers [stamp, node, head, tail, count, list offset] (a slot is empty unless stamped with this
   * page's generation), sized by the page's patterns, not the index's: a dense array per node
   * would be 15 MB at 100k events, and every lookup (most are for patterns absent from the page)
   * a cache miss.
   */
  private nodeState = new Int32Array(NODE_SLOT * MIN_NODE_SLOTS);
  private nodeMask = MIN_NODE_SLOTS - 1;
  /**
   * The occurrences grouped by pattern, each group in page order (see list): token numbers and
   * occurrence numbers side by side. Built on first use after the page's occurrences are recorded.
   */
  listTok = new Int32Array(1024);
  listOcc = new Int32Array(1024);
  private listGen = 0;
  private entStamp: Int32Array;
  private evStamp: Int32Array;
  /**
   * One bit per pattern of the index: set while the pattern occurs on this page. Most lookups are
   * for patterns absent from the page (a candidate's context terms), and on a long page nodeState
   * outgrows the CPU's caches (74k patterns on a 5 MB page: 6 MB), while this stays small (943k
   * patterns of a 100k-event index: 118 KB). Cleared through `nodes` at reset.
   */
  private present: Uint32Array;

  constructor(entities: number, events: number, nodes: number) {
    this.entStamp = new Int32Array(entities);
    this.evStamp = new Int32Array(events);
    this.present = new Uint32Array((nodes + 31) >>> 5);
  }

  reset(): void {
    const present = this.present;
    for (const node of this.nodes) present[node >>> 5] = 0;
    this.n = 0;
    this.gen++;
    this.work = 0;
    this.touched = [];
    this.entities = [];
    this.nodes = [];
    this.phrases.clear();
  }

  /** Offset in nodeState of node's slot on this page, or of the empty slot where it would go (not stamped). */
  private slotOf(node: number): number {
    const st = this.nodeState;
    const mask = this.nodeMask;
    const gen = this.gen;
    const h = Math.imul(node, 0x9e3779b1);
    for (let i = (h ^ (h >>> 15)) & mask; ; i = (i + 1) & mask) {
      const b = i * NODE_SLOT;
      if (st[b] !== gen || st[b + 1] === node) return b;
    }
  }

  /** First occurrence of pattern `node` on this page, or -1. */
  head(node: number): number {
    const slot = this.slot(node);
    return slot === -1 ? -1 : this.headAt(slot);
  }

  /**
   * Where pattern `node` is kept on this page, or -1 when it does not occur: its head, count and
   * run read from there (headAt, countAt, runAt) cost no further lookup.
   */
  slot(node: number): number {
    if ((this.present[node >>> 5]! & (1 << (node & 31))) === 0) return -1;
    const b = this.slotOf(node);
    return this.nodeState[b] === this.gen ? b : -1;
  }

  headAt(slot: number): number {
    return this.nodeState[slot + 2]!;
  }

  countAt(slot: number): number {
    return this.nodeState[slot + 4]!;
  }

  /** list() of the pattern at `slot`. */
  runAt(slot: number): number {
    if (this.listGen !== this.gen) this.buildLists();
    return this.nodeState[slot + 5]!;
  }

  /** Number of occurrences of pattern `node` on this page. */
  count(node: number): number {
    const slot = this.slot(node);
    return slot === -1 ? 0 : this.countAt(slot);
  }

  /**
   * Where pattern `node`'s occurrences start in listTok and listOcc (count(node) of them, in page
   * order): one contiguous run a reader can walk or search by token, instead of a linked list.
   */
  list(node: number): number {
    const slot = this.slot(node);
    return slot === -1 ? 0 : this.runAt(slot);
  }

  /** Fills listTok and listOcc, pattern by pattern. */
  private buildLists(): void {
    if (this.listTok.length < this.n) {
      this.listTok = new Int32Array(this.tok.length);
      this.listOcc = new Int32Array(this.tok.length);
    }
    const st = this.nodeState;
    const { listTok, listOcc, tok, next, gen } = this;
    let off = 0;
    const fill = (b: number) => {
      st[b + 5] = off;
      for (let i = st[b + 2]!; i !== -1; i = next[i]!) {
        listTok[off] = tok[i]!;
        listOcc[off++] = i;
      }
    };
    // Runs may come in any order (each is one pattern's): the table's slots in order when the
    // table is about the page's size (this.nodes' slots are all over it), else the page's nodes
    // (the table stays as large as the largest page's).
    if (this.nodeMask + 1 <= 8 * this.nodes.length) {
      for (let b = 0; b < st.length; b += NODE_SLOT) if (st[b] === gen) fill(b);
    } else {
      for (const node of this.nodes) fill(this.slotOf(node));
    }
    this.listGen = this.gen;
  }

  entPresent(e: number): boolean {
    return this.entStamp[e] === this.gen;
  }

  /** Marks entity e as occurring (from its name's first occurrence). */
  markEntity(e: number): void {
    if (this.entStamp[e] !== this.gen) {
      this.entStamp[e] = this.gen;
      this.entities.push(e);
    }
  }

  /** Marks event ev as a candidate by a trigger. */
  markEvent(ev: number): void {
    if (this.evStamp[ev] !== this.gen) {
      this.evStamp[ev] = this.gen;
      this.touched.push(ev);
    }
  }

  /**
   * Records pattern `node` at token tok. Returns 1 if it is the pattern's first occurrence on
   * the page (the caller then fires its triggers), 0 if recorded, -1 if the pattern was already
   * recorded at this token (a token can be several words at once, through stems or clitics).
   */
  record(node: number, tok: number, start: number, end: number, fuzzy: number, hit: number): number {
    let first = 0;
    this.listGen = 0;
    let b = this.slotOf(node);
    let st = this.nodeState;
    if (st[b] !== this.gen) {
      if ((this.nodes.length + 1) * 2 > this.nodeMask + 1) {
        this.growNodes();
        b = this.slotOf(node);
        st = this.nodeState;
      }
      st[b] = this.gen;
      st[b + 1] = node;
      st[b + 4] = 0;
      first = 1;
      this.nodes.push(node);
      this.present[node >>> 5]! |= 1 << (node & 31);
    } else if (this.tok[st[b + 3]!] === tok) return -1;
    if (this.n === this.tok.length) this.grow();
    const i = this.n++;
    this.tok[i] = tok;
    this.start[i] = start;
    this.end[i] = end;
    this.fuzzy[i] = fuzzy;
    this.hit[i] = hit;
    this.next[i] = -1;
    if (first) st[b + 2] = i;
    else this.next[st[b + 3]!] = i;
    st[b + 3] = i;
    st[b + 4]!++;
    return first;
  }

  /** Doubles the node table, moving this page's slots. */
  private growNodes(): void {
    const old = this.nodeState;
    const gen = this.gen;
    this.nodeMask = this.nodeMask * 2 + 1;
    this.nodeState = new Int32Array(NODE_SLOT * (this.nodeMask + 1));
    for (let b = 0; b < old.length; b += NODE_SLOT) {
      if (old[b] !== gen) continue;
      const nb = this.slotOf(old[b + 1]!);
      this.nodeState.set(old.subarray(b, b + NODE_SLOT), nb);
    }
  }

  private grow(): void {
    const size = this.tok.length * 2;
    this.tok = grown(this.tok, size);
    this.start = grown(this.start, size);
    this.end = grown(this.end, size);
    this.fuzzy = grown(this.fuzzy, size);
    this.hit = grown(this.hit, size);
    this.next = grown(this.next, size);
  }
}
