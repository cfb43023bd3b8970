/**
 * DOM methods captured from the prototypes when this module loads, called with `.call(node, ...)`.
 * A hostile page can shadow `document.createElement`, `form.insertBefore`, `form.localName` ... with
 * named elements (`<img name="createElement">`, `<input name="insertBefore">`: DOM clobbering), but
 * it cannot change these captured functions, so the highlighter never calls a page-chosen value.
 */

type Getter<T> = (this: unknown) => T;

function getterOf<T>(proto: object, name: string): Getter<T> {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const get = Object.getOwnPropertyDescriptor(p, name)?.get;
    if (get) return get as Getter<T>;
  }
  throw new Error(`No getter for ${name}`);
}

/** Captured on first use (not at import, so that importing this module in Node does not throw). */
function capture() {
  const D = Document.prototype;
  const N = Node.prototype;
  const E = Element.prototype;

  const createElementFn = D.createElement;
  const createTreeWalkerFn = D.createTreeWalker;
  const createTextNodeFn = D.createTextNode;
  const docQuerySelectorAllFn = D.querySelectorAll;
  const bodyGet = getterOf<HTMLElement | null>(D, 'body');
  const documentElementGet = getterOf<Element | null>(D, 'documentElement');
  const defaultViewGet = getterOf<Window | null>(D, 'defaultView');
  const activeElementGet = getterOf<Element | null>(D, 'activeElement');

  const insertBeforeFn = N.insertBefore;
  const appendChildFn = N.appendChild;
  const removeChildFn = N.removeChild;
  const parentNodeGet = getterOf<ParentNode | null>(N, 'parentNode');
  const firstChildGet = getterOf<ChildNode | null>(N, 'firstChild');
  const previousSiblingGet = getterOf<ChildNode | null>(N, 'previousSibling');
  const nextSiblingGet = getterOf<ChildNode | null>(N, 'nextSibling');
  const nodeTypeGet = getterOf<number>(N, 'nodeType');
  const isConnectedGet = getterOf<boolean>(N, 'isConnected');
  const containsFn = N.contains;

  const localNameGet = getterOf<string>(E, 'localName');
  const getAttributeFn = E.getAttribute;
  const hasAttributeFn = E.hasAttribute;
  const setAttributeFn = E.setAttribute;
  const closestFn = E.closest;
  const attachShadowFn = E.attachShadow;
  return {
    createElementFn, createTreeWalkerFn, createTextNodeFn, docQuerySelectorAllFn, bodyGet, documentElementGet,
    defaultViewGet, activeElementGet, insertBeforeFn, appendChildFn, removeChildFn, parentNodeGet,
    firstChildGet, previousSiblingGet, nextSiblingGet, nodeTypeGet, isConnectedGet, containsFn,
    localNameGet, getAttributeFn, hasAttributeFn, setAttributeFn, closestFn, attachShadowFn,
  };
}

let captured: ReturnType<typeof capture> | undefined;
function c(): ReturnType<typeof capture> {
  captured ??= capture();
  return captured;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const dom = {
  createElement: (doc: Document, tag: string): HTMLElement => c().createElementFn.call(doc, tag),
  createTextNode: (doc: Document, text: string): Text => c().createTextNodeFn.call(doc, text),
  createTreeWalker: (doc: Document, root: Node, show: number, filter: NodeFilter): TreeWalker =>
    c().createTreeWalkerFn.call(doc, root, show, filter),
  querySelectorAll: (doc: Document, selector: string): Element[] =>
    Array.from(c().docQuerySelectorAllFn.call(doc, selector) as NodeListOf<Element>),
  body: (doc: Document): HTMLElement | null => c().bodyGet.call(doc),
  documentElement: (doc: Document): Element | null => c().documentElementGet.call(doc),
  view: (doc: Document): Window | null => c().defaultViewGet.call(doc),
  activeElement: (doc: Document): Element | null => c().activeElementGet.call(doc),

  insertBefore: (parent: Node, node: Node, ref: Node | null): void => {
    c().insertBeforeFn.call(parent, node, ref);
  },
  appendChild: (parent: Node, node: Node): void => {
    c().appendChildFn.call(parent, node);
  },
  remove: (node: Node): void => {
    const parent = c().parentNodeGet.call(node);
    if (parent) c().removeChildFn.call(parent, node);
  },
  parent: (node: Node): ParentNode | null => c().parentNodeGet.call(node),
  firstChild: (node: Node): ChildNode | null => c().firstChildGet.call(node),
  previousSibling: (node: Node): ChildNode | null => c().previousSiblingGet.call(node),
  nextSibling: (node: Node): ChildNode | null => c().nextSiblingGet.call(node),
  nodeType: (node: Node): number => c().nodeTypeGet.call(node),
  isConnected: (node: Node): boolean => c().isConnectedGet.call(node),
  contains: (node: Node, other: Node | null): boolean => c().containsFn.call(node, other),

  localName: (el: Element): string => c().localNameGet.call(el),
  getAttribute: (el: Element, name: string): string | null => c().getAttributeFn.call(el, name),
  hasAttribute: (el: Element, name: string): boolean => c().hasAttributeFn.call(el, name),
  setAttribute: (el: Element, name: string, value: string): void => {
    c().setAttributeFn.call(el, name, value);
  },
  closest: (el: Element, selector: string): Element | null => c().closestFn.call(el, selector),
  attachClosedShadow: (el: Element): ShadowRoot => c().attachShadowFn.call(el, { mode: 'closed' }),
};

export function isText(node: Node): node is Text {
  return dom.nodeType(node) === TEXT_NODE;
}

export function isElement(node: Node): node is Element {
  return dom.nodeType(node) === ELEMENT_NODE;
}
