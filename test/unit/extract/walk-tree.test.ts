// @vitest-environment happy-dom
// The page reader's tree walk: the survey of a page looks at its elements only, and must find
// every one of them, in document order, without touching its text (in the content script each
// node touched is a wrapper built for its world).
import { describe, expect, it } from 'vitest';
import { domAccess } from '../../../lib/extract/dom-access';
import { ELEMENT_NODE, walkTree } from '../../../lib/extract/walk-tree';
import { runSteps } from '../../../lib/steps/steps';

const HTML = `<!doctype html><html><head><title>T</title></head><body>
  <article>Lead <b>bold</b> and <a href="/x">a link</a>.<p>Para <span>one</span></p></article>
  <form><input name="children"><input name="childNodes"></form>
  <main>Tail text<!-- a comment --></main></body></html>`;

function walk(doc: Document, elementsOnly: boolean) {
  const seen: string[] = [];
  const budget = { nodesLeft: 1000 };
  const complete = runSteps(
    walkTree(
      doc.documentElement,
      {
        elementsOnly,
        enter(node, type) {
          seen.push(type === ELEMENT_NODE ? (node as Element).localName : '#text');
          return type === ELEMENT_NODE;
        },
      },
      budget,
      domAccess(doc),
    ),
  );
  return { seen, used: 1000 - budget.nodesLeft, complete };
}

describe('walkTree', () => {
  it('over elements only visits every element a full walk visits, in the same order, and no text', () => {
    const doc = new DOMParser().parseFromString(HTML, 'text/html');
    const full = walk(doc, false);
    const elements = walk(doc, true);
    expect(full.seen).toContain('#text');
    expect(elements.seen).not.toContain('#text');
    expect(elements.seen).toEqual(full.seen.filter((n) => n !== '#text'));
    // A form's fields named after the lists cannot hide the inputs from the walk.
    expect(elements.seen.filter((n) => n === 'input')).toHaveLength(2);
    // Only what was visited counts against the budget.
    expect(elements.used).toBe(elements.seen.length);
    expect(elements.complete).toBe(true);
  });
});
