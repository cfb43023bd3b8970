/**
 * Reads the visible text of one container element: paragraphs, outbound links and the first
 * <time datetime>. Standard DOM API only (works on a browser document and on happy-dom).
 *
 * Iterative walk (walk-tree.ts), never recursion. Work is bounded by a character cap and a
 * node budget shared with the other passes over the page. Resumable (Steps): it pauses with the walk.
 */
import type { DomAccess } from './dom-access';
import { resolveHttpUrl } from './urls';
import type { Steps } from '../steps/steps';
import { ELEMENT_NODE, walkTree, type WalkBudget } from './walk-tree';

export type { WalkBudget } from './walk-tree';

/** Never read: no visible text, or not part of the article. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset', 'object', 'embed', 'video', 'audio',
  'nav', 'head', 'title', 'dialog',
  // Related-links boxes and pull quotes: they name other stories, or repeat this one.
  'aside',
]);

/** Page chrome: skipped unless the container is the article or <main> itself (its own header/byline). */
const CHROME_TAGS = new Set(['header', 'footer']);
const SKIP_ROLES = new Set(['navigation', 'complementary', 'dialog', 'alertdialog', 'search']);
const CHROME_ROLES = new Set(['banner', 'contentinfo']);

/** Elements that start and end a paragraph. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'section', 'article', 'main', 'header', 'footer', 'figure', 'figcaption',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'address', 'hr', 'br',
  'details', 'summary', 'fieldset', 'legend', 'form', 'body', 'center',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

export const MAX_LINKS = 500;
/** Share of a paragraph's letters inside links above which it is left out. */
const LINK_PARAGRAPH_SHARE = 0.8;

export interface WalkOptions {
  maxChars: number;
  base?: string;
  /** The container is an <article> or <main>: keep its own header/footer. */
  keepChrome: boolean;
  collectLinks: boolean;
}

export interface WalkResult {
  paragraphs: string[];
  /** Characters in paragraphs, counting the "\n\n" separators. */
  length: number;
  links: string[];
  firstTime?: string;
  truncated: boolean;
}

/** Whether an element and its subtree are left out of the text. */
export function isSkipped(el: Element, name: string, keepChrome: boolean, dom: DomAccess): boolean {
  if (SKIP_TAGS.has(name)) return true;
  if (!keepChrome && CHROME_TAGS.has(name)) return true;
  if (!dom.hasAttributes(el)) return false;
  if (dom.attr(el, 'hidden') !== null || dom.attr(el, 'data-backstory-ui') !== null) return true;
  if ((dom.attr(el, 'aria-hidden') || '').trim().toLowerCase() === 'true') return true;
  const role = (dom.attr(el, 'role') || '').trim().toLowerCase();
  if (SKIP_ROLES.has(role) || (!keepChrome && CHROME_ROLES.has(role))) return true;
  const editable = dom.attr(el, 'contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = dom.attr(el, 'style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Reads `root`'s visible text. `root` itself is never skipped (the caller chose it). */
export function* walkText(root: Element, opts: WalkOptions, budget: WalkBudget, dom: DomAccess): Steps<WalkResult> {
  const paragraphs: string[] = [];
  const links: string[] = [];
  const seenLinks = new Set<string>();
  let length = 0;
  let truncated = false;
  let firstTime: string | undefined;
  let parts: string[] = [];
  let partsLength = 0;
  /** Depth of <a> elements around the walk, and the paragraph's letters inside them. */
  let inLink = 0;
  let linkLetters = 0;
  /** Names of the elements the walk is inside (root first): read once per element, not again on leaving. */
  const names: string[] = [dom.name(root)];

  const flush = (): void => {
    if (parts.length === 0) return;
    const para = parts.join('').replace(/\s+/g, ' ').trim();
    const fromLinks = linkLetters;
    parts = [];
    partsLength = 0;
    linkLetters = 0;
    if (para === '') return;
    // A paragraph that is all link text is a link to another story (a related-links list in a
    // table layout, "Read also: ..."), not this article's text; its links are still collected.
    // (No link letters: a non-empty paragraph always stays; no need to count its letters.)
    if (fromLinks > 0 && fromLinks >= LINK_PARAGRAPH_SHARE * para.replace(/\s/g, '').length) return;
    const sep = paragraphs.length > 0 ? 2 : 0;
    const room = opts.maxChars - length - sep;
    if (room <= 0) {
      truncated = true;
      return;
    }
    const kept = para.length > room ? para.slice(0, room).trimEnd() : para;
    if (kept.length < para.length) truncated = true;
    if (kept === '') return;
    paragraphs.push(kept);
    length += sep + kept.length;
  };

  const full = (): boolean => length + partsLength >= opts.maxChars;

  const enterElement = (el: Element): boolean => {
    const name = dom.name(el);
    if (isSkipped(el, name, opts.keepChrome, dom)) return false;
    names.push(name);
    if (BLOCK_TAGS.has(name)) flush();
    if (name === 'a') inLink++;
    if (name === 'a' && opts.collectLinks && links.length < MAX_LINKS) {
      const url = resolveHttpUrl(dom.attr(el, 'href'), opts.base, true);
      if (url !== undefined && !seenLinks.has(url)) {
        seenLinks.add(url);
        links.push(url);
      }
    } else if (name === 'time' && firstTime === undefined) {
      const dt = dom.attr(el, 'datetime');
      if (dt) firstTime = dt;
    }
    return true;
  };

  const complete = yield* walkTree(
    root,
    {
      enter(node, type) {
        if (type === ELEMENT_NODE) return enterElement(node as Element);
        const data = (node as CharacterData).data;
        if (full()) {
          if (/\S/.test(data)) truncated = true;
          return false;
        }
        // Slice before normalizing: one huge text node must not cost more than the cap.
        const slice = (data.length > opts.maxChars ? data.slice(0, opts.maxChars) : data).replace(/\s+/g, ' ');
        parts.push(slice);
        partsLength += slice.length;
        if (inLink > 0) linkLetters += slice.replace(/\s/g, '').length;
        return false;
      },
      leave() {
        const name = names.pop();
        if (name === 'a') inLink--;
        if (name !== undefined && BLOCK_TAGS.has(name)) flush();
      },
      // Past the cap only links are still worth the walk.
      done: () => full() && (!opts.collectLinks || links.length >= MAX_LINKS),
    },
    budget,
    dom,
  );
  flush();
  if (!complete) truncated = true;
  return { paragraphs, length, links, firstTime, truncated };
}
