/**
 * A clock for the slicing tests that the test controls, not the machine: while it is installed,
 * performance.now() reads it, and it moves only when the extraction does work: every read of a
 * node's children (one walk step) costs `msPerRead`. So how long a slice takes depends on the
 * work done in it, never on how fast this machine or its DOM is, and a slice's time budget can be
 * checked exactly.
 */
import { vi } from 'vitest';

export interface WorkClock {
  /** Ends the current slice (call it where the work yields to the page). */
  mark(): void;
  /** The slices so far, in clock ms, the one running included. */
  slices(): number[];
  /** Puts the DOM getter back (performance.now is restored with the test's mocks). */
  restore(): void;
}

export function workClock(node: Node, msPerRead: number): WorkClock {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  // childNodes is defined once, on happy-dom's Node.prototype; DomAccess calls that getter.
  let proto: object | null = node;
  while (proto && !Object.getOwnPropertyDescriptor(proto, 'childNodes')) proto = Object.getPrototypeOf(proto) as object | null;
  if (!proto) throw new Error('no childNodes getter to time');
  const owner = proto;
  const original = Object.getOwnPropertyDescriptor(owner, 'childNodes')!;
  const read = original.get!;
  Object.defineProperty(owner, 'childNodes', {
    ...original,
    get(this: Node) {
      now += msPerRead;
      return read.call(this) as NodeListOf<ChildNode>;
    },
  });
  const marks = [0];
  return {
    mark: () => void marks.push(now),
    slices: () => [...marks, now].slice(1).map((t, i) => t - marks[i]!),
    restore: () => Object.defineProperty(owner, 'childNodes', original),
  };
}
