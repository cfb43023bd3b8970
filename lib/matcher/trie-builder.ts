/**
 * The pattern trie while compiling (compile.ts): multi-word patterns are walked in as their texts
 * are tokenized, so the same word sequence is one path however many owners list it. Word ids are
 * still being handed out then, so a node that is not a single word is known by its creation
 * number t, and a parent by a reference: a word id w (>= 0) or -1 - t. Once all words are known,
 * node t becomes node wordCount + t (compile.ts places the edges in the matcher's `next` table).
 */
import { IntList } from './int-lists';

/** Probe slots: [parent reference, word id, node + 1] (0: empty). */
const SLOT = 3;

export class TrieBuilder {
  /** Per node t: its parent reference and its last word. */
  readonly parents = new IntList();
  readonly words = new IntList();
  private mask = 1023;
  private slots = new Int32Array((this.mask + 1) * SLOT);

  /** Number of nodes that are not single words. */
  get count(): number {
    return this.parents.length;
  }

  /** The reference (-1 - t) of the child of `parent` (a reference) for `word`, made if new. */
  child(parent: number, word: number): number {
    let i = this.home(parent, word);
    for (; ; i = (i + 1) & this.mask) {
      const b = i * SLOT;
      const c = this.slots[b + 2]!;
      if (c === 0) break;
      if (this.slots[b] === parent && this.slots[b + 1] === word) return -c;
    }
    const t = this.parents.length;
    this.parents.push(parent);
    this.words.push(word);
    if ((t + 1) * 2 > this.mask + 1) this.grow();
    else this.put(i, parent, word, t);
    return -1 - t;
  }

  /** Lets go of the table that finds children (after the last child(): parents and words stay). */
  seal(): void {
    this.slots = new Int32Array(0);
  }

  private home(parent: number, word: number): number {
    const h = Math.imul(parent ^ Math.imul(word, 0x9e3779b1), 0x85ebca6b);
    return (h ^ (h >>> 15)) & this.mask;
  }

  private put(i: number, parent: number, word: number, t: number): void {
    this.slots[i * SLOT] = parent;
    this.slots[i * SLOT + 1] = word;
    this.slots[i * SLOT + 2] = t + 1;
  }

  /** Doubles the slots and places every node again (the newest included). */
  private grow(): void {
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * SLOT);
    for (let t = 0; t < this.parents.length; t++) {
      const parent = this.parents.data[t]!;
      const word = this.words.data[t]!;
      let i = this.home(parent, word);
      while (this.slots[i * SLOT + 2] !== 0) i = (i + 1) & this.mask;
      this.put(i, parent, word, t);
    }
  }
}
