/**
 * Wrap found mentions in <backstory-mark> elements and take them out again, restoring the page's
 * original text nodes (same node objects, same text) so that scripts holding references to them,
 * e.g. a framework's virtual DOM, keep working after the highlights are removed.
 */
import { MARK_TAG } from './constants';
import type { Hit } from './find-mentions';
import { dom, isText } from './safe-dom';

/**
 * Inline, !important styles: page CSS cannot hide or restyle the mark (inline important declarations
 * win over every author stylesheet). `all: unset` keeps the page's inherited font and colour, so only
 * the underline and a faint tint are ours. Amber #d97706 has >= 3:1 contrast on white and on black.
 */
export const MARK_STYLE = [
  'all: unset',
  'display: inline',
  'text-decoration-line: underline',
  'text-decoration-style: dotted',
  'text-decoration-color: #d97706',
  'text-decoration-thickness: 2px',
  'text-underline-offset: 0.18em',
  'text-decoration-skip-ink: none',
  'background-color: rgba(217, 119, 6, 0.13)',
  'border-radius: 2px',
  'cursor: help',
].map((d) => `${d} !important`).join('; ');

/** Outline shown while a mark has keyboard focus (`all: unset` removed the browser's own ring). */
export const MARK_FOCUS_OUTLINE = '2px solid #d97706';

export interface PlacedMark {
  el: HTMLElement;
  hit: Hit;
}

/** One original text node and the pieces it was split into (original first, in document order). */
interface SplitRecord {
  original: Text;
  pieces: Text[];
  marks: HTMLElement[];
}

export interface MarkSet {
  marks: PlacedMark[];
  records: SplitRecord[];
}

export function createMarkElement(doc: Document): HTMLElement {
  const el = dom.createElement(doc, MARK_TAG);
  dom.setAttribute(el, 'style', MARK_STYLE);
  return el;
}

/** Hits must be in document order and not overlap (as findMentions returns them). */
export function wrapHits(doc: Document, hits: readonly Hit[], decorate: (el: HTMLElement, hit: Hit, words: string) => void): MarkSet {
  const set: MarkSet = { marks: [], records: [] };
  let i = 0;
  while (i < hits.length) {
    const node = hits[i]!.node;
    let j = i;
    while (j < hits.length && hits[j]!.node === node) j++;
    const parent = dom.parent(node);
    if (parent && node.data.length >= hits[j - 1]!.end) {
      const record: SplitRecord = { original: node, pieces: [], marks: [] };
      const placed: PlacedMark[] = [];
      // Right to left, so the offsets of the hits still to do stay valid in `node`.
      for (let k = j - 1; k >= i; k--) {
        const hit = hits[k]!;
        if (hit.end < node.data.length) record.pieces.unshift(splitAt(doc, parent, node, hit.end));
        const inner = splitAt(doc, parent, node, hit.start);
        record.pieces.unshift(inner);
        const el = createMarkElement(doc);
        dom.insertBefore(parent, el, inner);
        dom.appendChild(el, inner);
        record.marks.unshift(el);
        placed.unshift({ el, hit });
      }
      record.pieces.unshift(node);
      set.records.push(record);
      set.marks.push(...placed);
      for (const { el, hit } of placed) decorate(el, hit, el.textContent ?? '');
    }
    i = j;
  }
  return set;
}

/**
 * Like Text.splitText, but every call goes through the captured DOM methods (some DOM implementations
 * call `parent.insertBefore` as a property, which a hostile page could shadow on a <form>).
 */
function splitAt(doc: Document, parent: ParentNode, node: Text, offset: number): Text {
  const rest = dom.createTextNode(doc, node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  dom.insertBefore(parent, rest, dom.nextSibling(node));
  return rest;
}

/** Remove every mark of the set; the original text nodes get their exact text back. */
export function unwrapAll(set: MarkSet): void {
  for (const record of set.records) unwrapRecord(record);
  set.records.length = 0;
  set.marks.length = 0;
}

function unwrapRecord({ original, pieces, marks }: SplitRecord): void {
  const parent = dom.parent(original);
  const intact =
    parent !== null &&
    marks.every((m) => dom.parent(m) === parent) &&
    pieces.every((p) => {
      const at = dom.parent(p);
      return at === parent || marks.includes(at as HTMLElement);
    });
  if (intact) {
    original.data = pieces.map((p) => p.data).join('');
    for (const p of pieces) if (p !== original) dom.remove(p);
    for (const m of marks) dom.remove(m);
    return;
  }
  // The page moved or removed some of it: take out whatever marks are left, keep their text.
  for (const m of marks) unwrapInPlace(m);
}

/** Replace a mark by its children and join the text around it (for marks we have no record of). */
export function unwrapInPlace(mark: Element): void {
  const parent = dom.parent(mark);
  if (!parent) return;
  const moved: ChildNode[] = [];
  for (let child = dom.firstChild(mark); child; child = dom.firstChild(mark)) {
    dom.insertBefore(parent, child, mark);
    moved.push(child);
  }
  dom.remove(mark);
  for (const node of moved) if (isText(node)) joinTextNeighbours(node);
}

function joinTextNeighbours(node: Text): void {
  if (!dom.parent(node)) return;
  let text = node;
  const prev = dom.previousSibling(text);
  if (prev && isText(prev)) {
    prev.appendData(text.data);
    dom.remove(text);
    text = prev;
  }
  const next = dom.nextSibling(text);
  if (next && isText(next)) {
    text.appendData(next.data);
    dom.remove(next);
  }
}

/** Marks left in the page by an earlier instance of the extension (reloaded or updated). */
export function removeStrayMarks(doc: Document): void {
  // Innermost first, in case a broken instance ever nested them.
  for (const mark of dom.querySelectorAll(doc, MARK_TAG).reverse()) unwrapInPlace(mark);
}
