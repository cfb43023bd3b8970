/**
 * Pattern occurrences on one page, in flat typed arrays with per-owner linked lists, so that
 * thousands of matched words cost no object allocation. Built by collectOccurrences (score.ts).
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
  /** First/last occurrence per entity, per event (context), per event (phrase). -1: none. */
  entHead: Int32Array;
  entTail: Int32Array;
  ctxHead: Int32Array;
  ctxTail: Int32Array;
  phrHead: Int32Array;
  phrTail: Int32Array;
  /** Events that have a context or phrase occurrence, in order of first appearance. */
  touched: number[] = [];
  /** Entities that occur. */
  entities: number[] = [];

  constructor(entities: number, events: number) {
    this.entHead = new Int32Array(entities).fill(-1);
    this.entTail = new Int32Array(entities).fill(-1);
    this.ctxHead = new Int32Array(events).fill(-1);
    this.ctxTail = new Int32Array(events).fill(-1);
    this.phrHead = new Int32Array(events).fill(-1);
    this.phrTail = new Int32Array(events).fill(-1);
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

  link(head: Int32Array, tail: Int32Array, owner: number, i: number): boolean {
    const t = tail[owner]!;
    tail[owner] = i;
    if (t === -1) {
      head[owner] = i;
      return true;
    }
    this.next[t] = i;
    return false;
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
