/**
 * Depth-first walk over a DOM subtree with an explicit stack: no recursion, so a 10k-deep DOM
 * cannot overflow the call stack, and a shared node budget bounds the work.
 *
 * The walk is a generator that pauses (yields) every NODES_PER_STEP steps, so one extraction can
 * run to completion at once (runSteps: CLI, tests) or in short slices between which the page gets
 * the main thread back (lib/steps/run-in-slices.ts: the content script). Both run the same code. If the page
 * changes the DOM during a pause, the walk goes on from where it was (indexes into live child
 * lists): it may then miss or repeat a few nodes, never loops, and stays within the node budget.
 *
 * Children are read by index from `childNodes` (standard DOM, O(1) per step in browsers and in
 * happy-dom; each element's live list is read once), through DomAccess so that a <form> cannot clobber it. TreeWalker is not used: happy-dom computes nextSibling by searching the parent's
 * child list, which makes a walk over a page with many siblings quadratic.
 */

import type { Steps } from '../steps/steps';
import type { DomAccess } from './dom-access';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/**
 * Walk steps (a node entered, or an element left) between two pauses: often enough to keep a
 * slice near its time goal, rarely enough that pausing costs nothing.
 */
export const NODES_PER_STEP = 256;

/** Shared across the passes over one page, so a hostile DOM cannot multiply the work. */
export interface WalkBudget {
  nodesLeft: number;
}

export interface TreeVisitor {
  /** Called for each element and text node below the root; return false to skip an element's subtree. */
  enter(node: Node, type: number): boolean;
  /** Called when an entered element's subtree is done (also for the root). */
  leave?(el: Element): void;
  /** Checked before each step: return true to stop early. */
  done?(): boolean;
  /**
   * Visit elements only (each element's `children`, not its `childNodes`): a walk that skips
   * text nodes anyway then never touches them, and they do not count against the budget.
   */
  elementsOnly?: boolean;
}

/**
 * Walks `root`'s subtree (root entered implicitly), pausing every NODES_PER_STEP steps. Returns
 * false if the budget or `done` cut it short.
 */
export function* walkTree(root: Element, visitor: TreeVisitor, budget: WalkBudget, dom: DomAccess): Steps<boolean> {
  const nodes: Node[] = [root];
  const elementsOnly = visitor.elementsOnly === true;
  const childrenOf = (el: Node) => (elementsOnly ? dom.children(el as Element) : dom.childNodes(el));
  // Each entered element's (live) child list, read once rather than at every step (in Chromium,
  // reading it at every step took about a sixth of the time of reading a 1 MB page).
  const lists: (ArrayLike<Node | null | undefined> | undefined)[] = [childrenOf(root)];
  const next: number[] = [0];
  let untilPause = NODES_PER_STEP;
  while (nodes.length > 0) {
    if (--untilPause <= 0) {
      untilPause = NODES_PER_STEP;
      yield;
    }
    if (budget.nodesLeft <= 0 || (visitor.done !== undefined && visitor.done())) return false;
    const top = nodes.length - 1;
    const parent = nodes[top]!;
    const i = next[top]!;
    const children = lists[top];
    if (children !== undefined && i < children.length) {
      next[top] = i + 1;
      const child = children[i];
      if (child === undefined || child === null) continue;
      budget.nodesLeft--;
      const type = elementsOnly ? ELEMENT_NODE : dom.nodeType(child);
      if (type === ELEMENT_NODE) {
        if (visitor.enter(child, type)) {
          nodes.push(child);
          lists.push(childrenOf(child));
          next.push(0);
        }
      } else if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        visitor.enter(child, type);
      }
    } else {
      nodes.pop();
      lists.pop();
      next.pop();
      visitor.leave?.(parent as Element);
    }
  }
  return true;
}
