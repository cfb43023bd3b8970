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
/** A phrase pattern's occurrences on one page: how many, and the first few different texts. */
export interface PhraseSummary {
  count: number;
  /** Occurrence numbers of the first different texts (case-insensitively), in page order. */
  picks: number[];
  /** Their texts, lowercased. */
  lower: string[];
}

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
  /** Per node, side by side (one cache line per pattern at 100k events): [stamp, head, tail, count]. */
  private nodeState: Int32Array;
  private entStamp: Int32Array;
  private evStamp: Int32Array;
  private candStamp: Int32Array;

  constructor(nodes: number, entities: number, events: number) {
    this.nodeState = new Int32Array(nodes * 4);
    this.entStamp = new Int32Array(entities);
    this.evStamp = new Int32Array(events);
    this.candStamp = new Int32Array(events);
  }

  reset(): void {
    this.n = 0;
    this.gen++;
    this.work = 0;
    this.touched = [];
    this.entities = [];
    this.nodes = [];
    this.phrases.clear();
  }

  /** First occurrence of pattern `node` on this page, or -1. */
  head(node: number): number {
    const b = node * 4;
    return this.nodeState[b] === this.gen ? this.nodeState[b + 1]! : -1;
  }

  /** Number of occurrences of pattern `node` on this page. */
  count(node: number): number {
    const b = node * 4;
    return this.nodeState[b] === this.gen ? this.nodeState[b + 3]! : 0;
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

  /** True the first time ev is asked about on this page: deduplicates the candidate list. */
  firstCandidate(ev: number): boolean {
    if (this.candStamp[ev] === this.gen) return false;
    this.candStamp[ev] = this.gen;
    return true;
  }

  /**
   * Records pattern `node` at token tok. Returns 1 if it is the pattern's first occurrence on
   * the page (the caller then fires its triggers), 0 if recorded, -1 if the pattern was already
   * recorded at this token (a token can be several words at once, through stems or clitics).
   */
  record(node: number, tok: number, start: number, end: number, fuzzy: number, hit: number): number {
    let first = 0;
    const st = this.nodeState;
    const b = node * 4;
    if (st[b] !== this.gen) {
      st[b] = this.gen;
      st[b + 3] = 0;
      first = 1;
      this.nodes.push(node);
    } else if (this.tok[st[b + 2]!] === tok) return -1;
    if (this.n === this.tok.length) this.grow();
    const i = this.n++;
    this.tok[i] = tok;
    this.start[i] = start;
    this.end[i] = end;
    this.fuzzy[i] = fuzzy;
    this.hit[i] = hit;
    this.next[i] = -1;
    if (first) st[b + 1] = i;
    else this.next[st[b + 2]!] = i;
    st[b + 2] = i;
    st[b + 3]!++;
    return first;
  }

  private grow(): void {
    const size = this.tok.length * 2;
    const g = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.tok = g(this.tok, new Int32Array(size));
    this.start = g(this.start, new Int32Array(size));
    this.end = g(this.end, new Int32Array(size));
    this.fuzzy = g(this.fuzzy, new Uint8Array(size));
    this.hit = g(this.hit, new Int32Array(size));
    this.next = g(this.next, new Int32Array(size));
  }
}
