/**
 * Page text extraction shared by the content script (browser `document`) and the CLI/tests
 * (happy-dom document, via html-to-page.ts). Standard DOM API only, no extension API, and no
 * happy-dom import here: the content script bundles this file.
 *
 * Main text: JSON-LD articleBody (if long enough; after the page's headline and standfirst when it
 * lacks them), else the <article> with the most text, else <main>/[role=main], else <body>.
 * Bounded on hostile DOMs (character cap, node budget, no recursion) and never throws.
 *
 * One resumable extraction (extractSteps) run two ways with identical results: extractPage runs
 * it at once (CLI, tests); extractPageAsync runs it in short slices, yielding to the page between
 * them (the content script on huge pages).
 */
import type { DiscoveredFeed } from '../domain/page';
import { domAccess, type DomAccess } from './dom-access';
import { readFeedLinks } from './feed-links';
import { bodyToParagraphs, readJsonLd, type JsonLdArticle } from './json-ld';
import { cleanTitle, datePart, headlines, metaPublished, normalizeLang } from './page-metadata';
import { surveyDocument, type DocumentSurvey } from './survey-document';
import { runInSlices, type SliceOptions } from '../steps/run-in-slices';
import { runSteps, type Steps } from '../steps/steps';
import { pageBase, resolveHttpUrl } from './urls';
import { walkText, type WalkResult } from './walk-text';
import type { WalkBudget } from './walk-tree';

export interface ExtractedPage {
  /** Main text; paragraphs separated by "\n\n". */
  text: string;
  /** og:title and <title> (one per line when they differ; headlines()), else the first <h1>. */
  title: string;
  /** Language tag as given ("en-US", "ru"), primary subtag lowercased. */
  lang?: string;
  /** Absolute http(s) canonical URL (<link rel=canonical> or og:url). */
  canonicalUrl?: string;
  /** YYYY-MM-DD, the date part as written in the page's metadata. */
  published?: string;
  /** Absolute http(s) links inside the main text container, deduplicated, capped. */
  links: string[];
  /** Backstory feeds the page announces (lib/extract/feed-links.ts). */
  feeds: DiscoveredFeed[];
  source: 'json-ld' | 'article' | 'main' | 'body';
  /** The text was capped (characters or nodes). */
  truncated: boolean;
}

export interface ExtractOptions {
  /** URL of the page, for relative links (defaults to document.URL). */
  baseUrl?: string;
  /** Cap on text characters (default 400 000). */
  maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 400_000;
/** Elements plus text nodes visited in total, over all passes (the survey visits elements only). */
const MAX_NODES = 2_000_000;
/** Shorter JSON-LD bodies are teasers; shorter containers are probably not the article. */
const MIN_TEXT = 200;
const MAX_SCRIPT_NODES = 1000;

type Container = { source: 'article' | 'main' | 'body'; result: WalkResult };

/** A script's own text children; no textContent (it recurses in happy-dom). */
function scriptText(el: Element): string {
  let text = '';
  let n = 0;
  for (let child = el.firstChild; child !== null && n++ < MAX_SCRIPT_NODES; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) text += (child as CharacterData).data;
  }
  return text;
}

function* readShort(el: Element | undefined, budget: WalkBudget, dom: DomAccess): Steps<string> {
  if (el === undefined) return '';
  const r = yield* walkText(el, { maxChars: 2000, keepChrome: true, collectLinks: false }, budget, dom);
  return cleanTitle(r.paragraphs.join(' '));
}

function* chooseContainer(
  doc: Document,
  survey: DocumentSurvey,
  maxChars: number,
  base: string | undefined,
  budget: WalkBudget,
  dom: DomAccess,
): Steps<Container | undefined> {
  const read = (el: Element, keepChrome: boolean): Steps<WalkResult> =>
    walkText(el, { maxChars, base, keepChrome, collectLinks: true }, budget, dom);
  const tried: Container[] = [];

  let best: WalkResult | undefined;
  for (const article of survey.articles) {
    const r = yield* read(article, true);
    if (best === undefined || r.length > best.length) best = r;
  }
  if (best !== undefined) {
    if (best.length >= MIN_TEXT) return { source: 'article', result: best };
    tried.push({ source: 'article', result: best });
  }
  if (survey.main !== undefined) {
    // A <header> or <footer> inside <main> is the content's own (its headline, byline and date),
    // not the site's banner: kept, as an <article>'s are.
    const r = yield* read(survey.main, true);
    if (r.length >= MIN_TEXT) return { source: 'main', result: r };
    tried.push({ source: 'main', result: r });
  }
  const body = survey.body ?? doc.documentElement ?? undefined;
  if (body !== undefined) tried.push({ source: 'body', result: yield* read(body, false) });
  // Nothing long enough: the longest, earlier candidates winning ties.
  let choice: Container | undefined;
  for (const c of tried) if (choice === undefined || c.result.length > choice.result.length) choice = c;
  return choice;
}

function safeUrl(doc: Document): string | undefined {
  try {
    return doc.URL;
  } catch {
    return undefined;
  }
}

function emptyPage(): ExtractedPage {
  return { text: '', title: '', links: [], feeds: [], source: 'body', truncated: false };
}

/** Extracts the page at once (CLI, tests, small pages). */
export function extractPage(doc: Document, opts: ExtractOptions = {}): ExtractedPage {
  return runSteps(extractSteps(doc, opts));
}

/**
 * The same extraction, in slices of about `sliceMs` (default 8 ms) with `yieldToPage()` awaited
 * between them. Same result as extractPage, unless the page changes the DOM meanwhile (then the
 * result reflects the changing page, still bounded). Rejects with the signal's reason if aborted.
 */
export function extractPageAsync(
  doc: Document,
  opts: ExtractOptions,
  yieldToPage: () => Promise<void>,
  slicing: Omit<SliceOptions, 'yieldToPage'> = {},
): Promise<ExtractedPage> {
  return runInSlices(extractSteps(doc, opts), { ...slicing, yieldToPage });
}

function* extractSteps(doc: Document, opts: ExtractOptions): Steps<ExtractedPage> {
  try {
    const maxChars =
      opts.maxChars !== undefined && Number.isFinite(opts.maxChars) && opts.maxChars > 0
        ? Math.floor(opts.maxChars)
        : DEFAULT_MAX_CHARS;
    const budget: WalkBudget = { nodesLeft: MAX_NODES };
    const dom = domAccess(doc);
    const survey = yield* surveyDocument(doc, budget, dom);
    const base = pageBase(opts.baseUrl ?? safeUrl(doc), survey.baseHref);

    let ld: JsonLdArticle = {};
    try {
      ld = readJsonLd(survey.ldJson.map(scriptText));
    } catch {
      ld = {};
    }

    const container = yield* chooseContainer(doc, survey, maxChars, base, budget, dom);
    const page = emptyPage();
    if (container !== undefined) {
      page.links = container.result.links;
      page.source = container.source;
      page.text = container.result.paragraphs.join('\n\n');
      page.truncated = container.result.truncated;
    }

    const meta = survey.meta;
    // The first <h1>, read at most once (a headline before a JSON-LD body; the title when no other).
    let h1: string | undefined;
    const firstH1 = function* (): Steps<string> {
      return (h1 ??= yield* readShort(survey.firstH1, budget, dom));
    };
    const ldBody = ld.articleBody !== undefined ? bodyToParagraphs(ld.articleBody).join('\n\n') : '';
    if (ldBody.length >= MIN_TEXT) {
      // articleBody is the body alone: the headline and the standfirst above it, which the page
      // shows first (and a container's text has), go in front when the body does not have them.
      const standfirst = cleanTitle((ld.description ?? meta.get('og:description') ?? meta.get('description'))?.slice(0, 2000));
      const head = [yield* firstH1(), standfirst]
        .filter((p) => p.length > 0 && !ldBody.slice(0, 4 * p.length + 200).includes(p));
      const text = [...head, ldBody].join('\n\n');
      page.source = 'json-ld';
      page.truncated = text.length > maxChars;
      page.text = page.truncated ? text.slice(0, maxChars).trimEnd() : text;
    }

    page.title = headlines(cleanTitle(meta.get('og:title')), yield* readShort(survey.titleEl, budget, dom));
    if (!page.title) page.title = yield* firstH1();
    if (!page.title) page.title = cleanTitle(ld.headline);

    const root = doc.documentElement;
    const lang =
      normalizeLang(root?.getAttribute('lang')) ??
      normalizeLang(root?.getAttribute('xml:lang')) ??
      normalizeLang(meta.get('og:locale')) ??
      normalizeLang(meta.get('content-language')) ??
      normalizeLang(ld.inLanguage);
    if (lang !== undefined) page.lang = lang;

    const canonical =
      resolveHttpUrl(survey.canonicalHref, base, true) ?? resolveHttpUrl(meta.get('og:url'), base, true);
    if (canonical !== undefined) page.canonicalUrl = canonical;

    page.feeds = readFeedLinks(survey.feedLinks, base);

    const published = datePart(ld.datePublished) ?? metaPublished(meta) ?? datePart(container?.result.firstTime);
    if (published !== undefined) page.published = published;
    return page;
  } catch {
    // Weird documents (no root, exotic node types) must never break the content script.
    return emptyPage();
  }
}
