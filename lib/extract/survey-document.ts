/**
 * One bounded pass over a document's elements that collects what extraction needs (meta tags,
 * JSON-LD scripts, candidate containers). Iterative walk only: querySelector, textContent and
 * document.body recurse in happy-dom and overflow the stack on a 10k-deep DOM. Resumable (Steps):
 * it pauses with the walk.
 */
import type { DomAccess } from './dom-access';
import { isFeedLink, MAX_FEED_LINK_CANDIDATES, type FeedLinkAttributes } from './feed-links';
import type { Steps } from '../steps/steps';
import { ELEMENT_NODE, walkTree, type WalkBudget } from './walk-tree';

const SVG_NS = 'http://www.w3.org/2000/svg';

const MAX_METAS = 2000;
const MAX_LD_SCRIPTS = 50;
const MAX_ARTICLES = 50;

export interface DocumentSurvey {
  /** First value per lowercased meta name/property/itemprop/http-equiv. */
  meta: Map<string, string>;
  canonicalHref?: string;
  baseHref?: string;
  /** <link>s announcing a Backstory feed (attributes only), at most MAX_FEED_LINK_CANDIDATES. */
  feedLinks: FeedLinkAttributes[];
  ldJson: Element[];
  titleEl?: Element;
  firstH1?: Element;
  /** Outermost <article> elements, in document order. */
  articles: Element[];
  main?: Element;
  body?: Element;
}

/** <body> (or <frameset>) among the root's children: no search of the whole tree. */
function findBody(root: Element, dom: DomAccess): Element | undefined {
  const children = dom.childNodes(root);
  for (let i = 0; children !== undefined && i < children.length; i++) {
    const child = children[i];
    if (!child || dom.nodeType(child) !== ELEMENT_NODE) continue;
    const name = dom.name(child as Element);
    if (name === 'body' || name === 'frameset') return child as Element;
  }
  return undefined;
}

function addMeta(meta: Map<string, string>, el: Element, dom: DomAccess): void {
  const content = dom.attr(el, 'content');
  if (content === null) return;
  for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
    const key = dom.attr(el, attr)?.trim().toLowerCase();
    if (key && !meta.has(key)) meta.set(key, content);
  }
}

export function* surveyDocument(doc: Document, budget: WalkBudget, dom: DomAccess): Steps<DocumentSurvey> {
  const survey: DocumentSurvey = { meta: new Map(), ldJson: [], articles: [], feedLinks: [] };
  const root = doc.documentElement;
  if (root === null) return survey;
  survey.body = findBody(root, dom);
  const attr = (el: Element, name: string): string => dom.attr(el, name) ?? '';

  let metas = 0;
  const visit = (el: Element): void => {
    switch (dom.name(el)) {
      case 'meta':
        if (metas++ < MAX_METAS) addMeta(survey.meta, el, dom);
        break;
      case 'link': {
        const rel = dom.attr(el, 'rel');
        if (survey.canonicalHref === undefined && (rel ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
          survey.canonicalHref = dom.attr(el, 'href') ?? undefined;
        }
        if (survey.feedLinks.length < MAX_FEED_LINK_CANDIDATES && isFeedLink(rel, dom.attr(el, 'type'))) {
          survey.feedLinks.push({
            rel,
            type: dom.attr(el, 'type'),
            href: dom.attr(el, 'href'),
            title: dom.attr(el, 'title'),
            key: dom.attr(el, 'data-backstory-key'),
          });
        }
        break;
      }
      case 'base':
        if (survey.baseHref === undefined) survey.baseHref = dom.attr(el, 'href') ?? undefined;
        break;
      case 'script':
        if (survey.ldJson.length < MAX_LD_SCRIPTS && attr(el, 'type').split(';')[0]?.trim().toLowerCase() === 'application/ld+json') {
          survey.ldJson.push(el);
        }
        break;
      case 'title':
        if (survey.titleEl === undefined && el.namespaceURI !== SVG_NS) survey.titleEl = el;
        break;
      case 'h1':
        if (survey.firstH1 === undefined) survey.firstH1 = el;
        break;
      case 'article':
        if (survey.articles.length < MAX_ARTICLES && !survey.articles.some((a) => dom.contains(a, el))) {
          survey.articles.push(el);
        }
        break;
      case 'main':
        if (survey.main === undefined) survey.main = el;
        break;
      default:
        if (survey.main === undefined && attr(el, 'role').trim().toLowerCase() === 'main') {
          survey.main = el;
        }
    }
  };
  visit(root);
  yield* walkTree(
    root,
    {
      // Elements only: what the survey looks for is all in elements (and text nodes are about half
      // of a page's nodes, each a wrapper to create in the content script's world).
      elementsOnly: true,
      enter(node, type) {
        if (type !== ELEMENT_NODE) return false;
        visit(node as Element);
        return true;
      },
    },
    budget,
    dom,
  );
  return survey;
}
