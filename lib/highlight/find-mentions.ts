/**
 * Locate mention texts in the page's text nodes: case-insensitive, any run of whitespace in the page
 * matches a space in the mention, whole words only (a mention never matches inside a longer word).
 * A mention split across elements ("Steve <b>Witkoff</b>") is not found: each text node is searched
 * on its own. Bounded by node, character and time budgets so a huge DOM cannot hang the page.
 */
import { MARK_TAG, UI_HOST_ATTR, type HighlightLimits } from './constants';
import type { Mention, MentionPriority } from './mention-texts';
import { dom, isElement, isText } from './safe-dom';

export interface Hit {
  node: Text;
  start: number;
  end: number;
  /** Index into the mentions array. */
  mention: number;
  /** Inside a link or another control: mark it, but do not make it a separate tab stop. */
  passive: boolean;
}

/** Subtrees never searched: code, form fields, media, editors, our own UI. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'head', 'title', MARK_TAG,
]);
/** Interactive ancestors: a focusable mark inside them would be nested interactive content. */
const PASSIVE_SELECTOR = 'a[href], summary, label, [role="button"], [role="link"]';

// NodeFilter constants, spelled out so nothing depends on a global the page could shadow.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** Characters that have a meaning in a `u`-flag regular expression (others must not be escaped). */
function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}

const EDGE = '[\\p{L}\\p{N}\\p{M}]';
/** Scripts written without spaces between words: a name there may sit right next to other letters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORDISH = /[\p{L}\p{N}\p{M}]/u;

/** Whole-word guards around one mention, where its first/last character is part of a word. */
function alternative(text: string): string {
  const body = text.split(' ').map(escapeRegExp).join('\\s+');
  const first = text.charAt(0);
  const last = text.charAt(text.length - 1);
  const before = WORDISH.test(first) && !UNSPACED.test(first) ? `(?<!${EDGE})` : '';
  const after = WORDISH.test(last) && !UNSPACED.test(last) ? `(?!${EDGE})` : '';
  return `(${before}${body}${after})`;
}

/** One regular expression for all mentions; group i+1 matches mentions[groupToMention[i]]. */
export function buildPattern(mentions: readonly Mention[]): { re: RegExp; groupToMention: number[] } {
  // Longest first: at a given position the longest mention wins ("Steve Witkoff" over "Witkoff").
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[b]!.text.length - mentions[a]!.text.length);
  const re = new RegExp(order.map((i) => alternative(mentions[i]!.text)).join('|'), 'giu');
  return { re, groupToMention: order };
}

function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(dom.localName(el))) return true;
  if (dom.hasAttribute(el, UI_HOST_ATTR)) return true;
  const editable = dom.getAttribute(el, 'contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

export function findMentions(
  doc: Document,
  root: Node,
  mentions: readonly Mention[],
  limits: HighlightLimits,
  now: () => number = () => performance.now(),
): Hit[] {
  if (mentions.length === 0) return [];
  const { re, groupToMention } = buildPattern(mentions);
  const deadline = now() + limits.maxMs;
  let visited = 0;
  let outOfTime = false;
  const filter: NodeFilter = {
    acceptNode(node: Node): number {
      // Check the clock every 256 nodes. Past the deadline accept the next node at once, so that
      // nextNode() returns and the loop below stops (rejecting would walk on through every sibling).
      if (outOfTime || ((++visited & 0xff) === 0 && now() > deadline)) {
        outOfTime = true;
        return FILTER_ACCEPT;
      }
      if (isElement(node)) return isSkipped(node) ? FILTER_REJECT : FILTER_SKIP;
      return FILTER_ACCEPT;
    },
  };
  // The root itself is not passed to the filter; a skipped root means nothing to search.
  if (isElement(root) && (isSkipped(root) || dom.closest(root, `${MARK_TAG}, [${UI_HOST_ATTR}]`))) return [];

  const walker = dom.createTreeWalker(doc, root, SHOW_ELEMENT | SHOW_TEXT, filter);
  const hits: Hit[] = [];
  let preferred = 0;
  let textNodes = 0;
  let chars = 0;
  const hardLimit = limits.maxMarks * 4;

  walk: for (let node = walker.nextNode(); node && !outOfTime; node = walker.nextNode()) {
    if (!isText(node)) continue;
    if (++textNodes > limits.maxTextNodes) break;
    const data = node.data;
    chars += data.length;
    if (chars > limits.maxChars) break;
    if (data.length < 3) continue;
    re.lastIndex = 0;
    let passive: boolean | undefined;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const mention = groupToMention[group - 1];
      if (mention === undefined) continue;
      if (passive === undefined) {
        const parent = dom.parent(node);
        passive = parent !== null && isElement(parent) && dom.closest(parent, PASSIVE_SELECTOR) !== null;
      }
      hits.push({ node, start: m.index, end: m.index + m[0].length, mention, passive });
      if (mentions[mention]!.priority < 2) preferred++;
      if (preferred >= limits.maxMarks || hits.length >= hardLimit) break walk;
    }
  }
  return selectHits(hits, mentions, limits.maxMarks);
}

/** Keep at most `max` hits, preferring phrases and names over context words; document order kept. */
function selectHits(hits: Hit[], mentions: readonly Mention[], max: number): Hit[] {
  if (hits.length <= max) return hits;
  const prio = (h: Hit): MentionPriority => mentions[h.mention]!.priority;
  const keep = new Set(
    hits
      .map((h, i) => ({ h, i }))
      .sort((a, b) => prio(a.h) - prio(b.h) || a.i - b.i)
      .slice(0, max)
      .map((x) => x.i),
  );
  return hits.filter((_, i) => keep.has(i));
}
