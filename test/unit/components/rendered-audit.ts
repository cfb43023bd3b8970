/**
 * What hostile index text must never achieve in rendered UI (popup components and the in-page
 * card), checked on the DOM: only the elements the components make, no event-handler attributes,
 * https links only, each showing the host it goes to, no bidi control in any text, and every piece
 * of index text (found by a marker its test put in) inside an element that isolates its direction.
 */
import { BIDI_CONTROLS } from '@/lib/text/display-text';

/** Every element EventCard, SourceList and the card build (and nothing an index string could add). */
export const KNOWN_TAGS = new Set([
  'ARTICLE', 'H3', 'H4', 'P', 'DIV', 'SECTION', 'UL', 'LI', 'A', 'SPAN', 'BDI', 'STRONG', 'TIME', 'BUTTON', 'DL', 'DT', 'DD', 'Q',
]);

/** The host a link to `href` must show: its hostname without "www.". */
export function expectedHost(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '');
}

/** The element's own host label: the popup's [data-testid=source-host], the card's .host. */
function shownHostOf(a: Element): string | null {
  return a.querySelector('[data-testid="source-host"], .host')?.textContent ?? null;
}

function isolated(node: Node, root: Element): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (el.tagName === 'BDI' || el.hasAttribute('dir')) return true;
  }
  return false;
}

/** Problems found under `root`; `marker` tags the text that came from the index. */
export function auditRendered(root: Element, marker?: string): string[] {
  const problems: string[] = [];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (!KNOWN_TAGS.has(el.tagName)) problems.push(`unexpected element <${el.tagName.toLowerCase()}>`);
    for (const attr of el.attributes) if (/^on/i.test(attr.name)) problems.push(`handler attribute ${attr.name}`);
    for (const attr of el.attributes) if (BIDI_CONTROLS.test(attr.value)) problems.push(`bidi control in ${attr.name}`);
  }
  for (const a of root.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    let url: URL | null = null;
    try {
      url = new URL(href);
    } catch {
      /* reported below */
    }
    if (!url || url.protocol !== 'https:') {
      problems.push(`link to ${JSON.stringify(href)}`);
      continue;
    }
    const shown = shownHostOf(a);
    if (shown !== expectedHost(href)) problems.push(`link to ${url.hostname} shows host ${JSON.stringify(shown)}`);
  }
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    if (BIDI_CONTROLS.test(text)) problems.push(`bidi control in text ${JSON.stringify(text)}`);
    if (marker && text.includes(marker) && !isolated(n, root)) problems.push(`index text not isolated: ${JSON.stringify(text)} in <${n.parentElement?.tagName.toLowerCase()}>`);
  }
  return problems;
}
