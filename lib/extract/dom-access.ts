/**
 * DOM reads that a page cannot clobber. A <form> exposes its controls as properties that
 * override built-ins (<form><input name="childNodes"></form> makes form.childNodes the input),
 * also in a content script's isolated world. So node properties are read through the
 * prototypes' own getters and methods, taken from the document's window when there is one.
 */

type Getter<T> = (this: unknown) => T;

export interface DomAccess {
  childNodes(node: Node): ArrayLike<Node | null | undefined> | undefined;
  /** The element children only (a walk that looks at elements only need not touch text nodes). */
  children(el: Element): ArrayLike<Node | null | undefined> | undefined;
  nodeType(node: Node): number;
  /** Lowercased local name ("" when unknown). */
  name(el: Element): string;
  attr(el: Element, attribute: string): string | null;
  hasAttributes(el: Element): boolean;
  contains(outer: Node, inner: Node): boolean;
}

interface Prototypes {
  Node?: { prototype: object };
  Element?: { prototype: object };
}

function getter<T>(proto: object | undefined, key: string): Getter<T> | undefined {
  for (let p = proto; p; p = Object.getPrototypeOf(p) as object | undefined) {
    const desc = Object.getOwnPropertyDescriptor(p, key);
    if (desc) return typeof desc.get === 'function' ? (desc.get as Getter<T>) : undefined;
  }
  return undefined;
}

function method<F>(proto: object | undefined, key: string): F | undefined {
  for (let p = proto; p; p = Object.getPrototypeOf(p) as object | undefined) {
    const desc = Object.getOwnPropertyDescriptor(p, key);
    if (desc) return typeof desc.value === 'function' ? (desc.value as F) : undefined;
  }
  return undefined;
}

function isArrayLike(v: unknown): v is ArrayLike<Node | null | undefined> {
  return typeof v === 'object' && v !== null && typeof (v as { length?: unknown }).length === 'number';
}

export function domAccess(doc: Document): DomAccess {
  let view: Prototypes | undefined;
  try {
    view = (doc.defaultView as unknown as Prototypes | null) ?? (globalThis as unknown as Prototypes);
  } catch {
    view = undefined;
  }
  const nodeProto = view?.Node?.prototype;
  const elementProto = view?.Element?.prototype;
  const childNodes = getter<unknown>(nodeProto, 'childNodes');
  const children = getter<unknown>(elementProto, 'children');
  const nodeType = getter<unknown>(nodeProto, 'nodeType');
  const localName = getter<unknown>(elementProto, 'localName');
  const nodeName = getter<unknown>(nodeProto, 'nodeName');
  const getAttribute = method<(this: Element, name: string) => string | null>(elementProto, 'getAttribute');
  const hasAttributes = method<(this: Element) => boolean>(elementProto, 'hasAttributes');
  const contains = method<(this: Node, other: Node) => boolean>(nodeProto, 'contains');

  return {
    childNodes(node) {
      const list = childNodes ? childNodes.call(node) : node.childNodes;
      return isArrayLike(list) ? list : undefined;
    },
    children(el) {
      const list = children ? children.call(el) : el.children;
      return isArrayLike(list) ? list : undefined;
    },
    nodeType(node) {
      const t = nodeType ? nodeType.call(node) : node.nodeType;
      return typeof t === 'number' ? t : 0;
    },
    name(el) {
      const n = (localName ? localName.call(el) : el.localName) || (nodeName ? nodeName.call(el) : el.nodeName);
      return typeof n === 'string' ? n.toLowerCase() : '';
    },
    attr(el, attribute) {
      const v = getAttribute ? getAttribute.call(el, attribute) : el.getAttribute(attribute);
      return typeof v === 'string' ? v : null;
    },
    hasAttributes(el) {
      return hasAttributes ? hasAttributes.call(el) === true : el.hasAttributes() === true;
    },
    contains(outer, inner) {
      return contains ? contains.call(outer, inner) === true : outer.contains(inner) === true;
    },
  };
}
