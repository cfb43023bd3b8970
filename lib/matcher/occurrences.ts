/**
 * The store of pattern occurrences on one page (filled by collect-occurrences.ts, read by the
 * window rule, evidence and matchPage): flat typed arrays with per-owner linked lists, so that
 * thousands of matched words cost no object allocation. Occurrence i is tok[i], start[i], end[i],
 * fuzzy[i], group[i]; next[i] links it to its owner's next occurrence. Each entity has one list
 * (its names); each event two (context terms, phrases). One instance is kept per matcher and
 * reused: owners' list heads are valid only when stamped with the current scan's generation,
 * so starting a scan costs nothing even with 100k events.
 */
export class Occurrences {
  n = 0;
  tok = new Int32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  fuzzy = new Uint8Array(1024);
  /** Context group for context occurrences. */
  group = new Int16Array(1024);
  /** Next occurrence of the same owner and kind (-1: none). */
  next = new Int32Array(1024);
  /** Events that have a context or phrase occurrence, in order of first appearance. */
  touched: number[] = [];
  /** Entities that occur. */
  entities: number[] = [];

  private gen = 1;
  private entStamp: Int32Array;
  private evStamp: Int32Array;
  private entHeadA: Int32Array;
  private entTailA: Int32Array;
  private ctxHeadA: Int32Array;
  private ctxTailA: Int32Array;
  private phrHeadA: Int32Array;
  private phrTailA: Int32Array;

  constructor(entities: number, events: number) {
    this.entStamp = new Int32Array(entities);
    this.evStamp = new Int32Array(events);
    this.entHeadA = new Int32Array(entities);
    this.entTailA = new Int32Array(entities);
    this.ctxHeadA = new Int32Array(events);
    this.ctxTailA = new Int32Array(events);
    this.phrHeadA = new Int32Array(events);
    this.phrTailA = new Int32Array(events);
  }

  reset(): void {
    this.n = 0;
    this.gen++;
    this.touched = [];
    this.entities = [];
  }

  entHead(e: number): number {
    return this.entStamp[e] === this.gen ? this.entHeadA[e]! : -1;
  }
  ctxHead(ev: number): number {
    return this.evStamp[ev] === this.gen ? this.ctxHeadA[ev]! : -1;
  }
  phrHead(ev: number): number {
    return this.evStamp[ev] === this.gen ? this.phrHeadA[ev]! : -1;
  }

  add(tok: number, start: number, end: number, fuzzy: number, group: number): number {
    if (this.n === this.tok.length) this.grow();
    const i = this.n++;
    this.tok[i] = tok;
    this.start[i] = start;
    this.end[i] = end;
    this.fuzzy[i] = fuzzy;
    this.group[i] = group;
    this.next[i] = -1;
    return i;
  }

  addEntity(e: number, i: number): void {
    if (this.entStamp[e] !== this.gen) {
      this.entStamp[e] = this.gen;
      this.entHeadA[e] = i;
      this.entities.push(e);
    } else this.next[this.entTailA[e]!] = i;
    this.entTailA[e] = i;
  }

  /** Context (phrase = false) or phrase occurrence i of event ev. */
  addEvent(ev: number, i: number, phrase: boolean): void {
    if (this.evStamp[ev] !== this.gen) {
      this.evStamp[ev] = this.gen;
      this.ctxHeadA[ev] = -1;
      this.phrHeadA[ev] = -1;
      this.touched.push(ev);
    }
    const head = phrase ? this.phrHeadA : this.ctxHeadA;
    const tail = phrase ? this.phrTailA : this.ctxTailA;
    if (head[ev] === -1) head[ev] = i;
    else this.next[tail[ev]!] = i;
    tail[ev] = i;
  }

  private grow(): void {
    const size = this.tok.length * 2;
    const g = <T extends Int32Array | Uint8Array | Int16Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.tok = g(this.tok, new Int32Array(size));
    this.start = g(this.start, new Int32Array(size));
    this.end = g(this.end, new Int32Array(size));
    this.fuzzy = g(this.fuzzy, new Uint8Array(size));
    this.group = g(this.group, new Int16Array(size));
    this.next = g(this.next, new Int32Array(size));
  }
}
