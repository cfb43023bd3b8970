/**
 * Looks inside a CLOSED shadow root, which page scripts (and Playwright locators) cannot do:
 * DevTools' DOM domain can (DOM.getDocument with pierce). Used to check what the in-page card shows
 * while the page itself sees host.shadowRoot === null.
 */
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from './launch';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

export interface ShadowView {
  /** 'closed' | 'open' | 'user-agent' */
  mode: string;
  /** Text of the elements shown (class list contains `shownClass`), whitespace collapsed. */
  shownText: string;
  /** Width and height of the first shown element, from its box model. */
  shownBox: { width: number; height: number } | null;
  /** Attributes of the first shown element (dir, lang, ...). */
  shownAttributes: Record<string, string>;
}

function attr(node: DomNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

function text(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE') return '';
  return (node.children ?? []).map(text).join(' ');
}

export async function readShadow(b: LaunchedBrowser, page: Page, hostAttribute: string, shownClass: string): Promise<ShadowView | null> {
  const cdp = await b.context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (n) => n.nodeType === 1 && attr(n, hostAttribute) !== undefined);
    const shadow = host?.shadowRoots?.[0] as (DomNode & { shadowRootType?: string }) | undefined;
    if (!shadow) return null;
    const shown = find(shadow, (n) => n.nodeType === 1 && (attr(n, 'class') ?? '').split(/\s+/).includes(shownClass));
    let shownBox: ShadowView['shownBox'] = null;
    if (shown) {
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: shown.backendNodeId })) as {
        model: { width: number; height: number };
      };
      shownBox = { width: model.width, height: model.height };
    }
    const shownAttributes: Record<string, string> = {};
    const a = shown?.attributes ?? [];
    for (let i = 0; i + 1 < a.length; i += 2) shownAttributes[a[i]!] = a[i + 1]!;
    return {
      mode: shadow.shadowRootType ?? '',
      shownAttributes,
      shownText: shown ? text(shown).replace(/\s+/g, ' ').trim() : '',
      shownBox,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Everything inside the closed shadow root of the element with `hostAttribute` (null: none yet). */
export interface ShadowTree {
  /** Every element: tag name (lower case) and attributes. */
  elements: { name: string; attributes: Record<string, string> }[];
  /** Every text node's text (style sheets left out). */
  texts: string[];
  /** Every link: its href attribute and its text. */
  links: { href: string; text: string }[];
}

export async function readShadowTree(b: LaunchedBrowser, page: Page, hostAttribute: string): Promise<ShadowTree | null> {
  const cdp = await b.context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (n) => n.nodeType === 1 && attr(n, hostAttribute) !== undefined);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const tree: ShadowTree = { elements: [], texts: [], links: [] };
    const visit = (node: DomNode, inStyle: boolean): void => {
      if (node.nodeType === 3 && !inStyle) tree.texts.push(node.nodeValue);
      if (node.nodeType === 1) {
        const attributes: Record<string, string> = {};
        const a = node.attributes ?? [];
        for (let i = 0; i + 1 < a.length; i += 2) attributes[a[i]!] = a[i + 1]!;
        const name = node.nodeName.toLowerCase();
        tree.elements.push({ name, attributes });
        if (name === 'a') tree.links.push({ href: attributes.href ?? '', text: text(node) });
      }
      for (const child of node.children ?? []) visit(child, inStyle || node.nodeName === 'STYLE');
    };
    visit(shadow, false);
    return tree;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
