/**
 * The card's DOM for one event, built with textContent only: titles, summaries and outlet names
 * come from the index and are never parsed as HTML, each in its own direction (dir="auto"). Links
 * are https only, and each shows the host it goes to, from the parsed URL (lib/url/links.ts).
 */
import type { Source } from '../index-format/types';
import type { FoundEvent } from '../domain/event';
import { isMention } from '../results/prominence-groups';
import { formatDay, formatDayRange } from '../i18n/format-date';
import { safeHttpsUrl, shownHost } from '../url/links';
import type { Labels } from './labels';
import { dom } from './safe-dom';

const MAX_SOURCES = 3;
/** The report that broke the story first, then documents, then the rest in index order. */
const SOURCE_ORDER: Record<Source['kind'], number> = {
  original: 0, primary: 1, coverage: 2, factcheck: 3, reaction: 4, analysis: 5,
};

export function topSources(sources: readonly Source[]): { source: Source; href: string }[] {
  return sources
    .map((source, i) => ({ source, i, href: safeHttpsUrl(source.url) }))
    .filter((s): s is { source: Source; i: number; href: string } => s.href !== null)
    .sort((a, b) => (SOURCE_ORDER[a.source.kind] ?? 9) - (SOURCE_ORDER[b.source.kind] ?? 9) || a.i - b.i)
    .slice(0, MAX_SOURCES)
    .map(({ source, href }) => ({ source, href }));
}

/** "14–16 Oct 2025 · reported 25 Nov 2025", in the UI language (Intl; `uiLang` of the labels). */
export function dateLine(event: FoundEvent, labels: Labels): string {
  const { start, end, reported } = event.dates;
  const locale = labels('uiLang');
  let line = formatDayRange(start, end, locale);
  if (reported && reported !== start) line += ` · ${labels('dateReported', [formatDay(reported, locale)])}`;
  return line;
}

/** Index text (a title, an outlet): its own language when the index says, its own direction always. */
function ownText(node: HTMLElement, language: string | undefined): void {
  node.dir = 'auto';
  if (language) node.lang = language;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = dom.createElement(doc, tag) as HTMLElementTagNameMap[K];
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface CardParts {
  card: HTMLElement;
  close: HTMLButtonElement;
  links: HTMLAnchorElement[];
}

/** `others`: further events the same words are evidence for (titles only). */
export function buildCard(doc: Document, event: FoundEvent, others: readonly FoundEvent[], labels: Labels): CardParts {
  const card = el(doc, 'div', 'card');
  // The card speaks the UI language and is laid out in its direction (mirrored for Arabic, Hebrew).
  card.dir = labels('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  card.lang = labels('uiLang');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `${labels('highlightBrand')}: ${event.title}`);

  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'span', 'brand', labels('highlightBrand')));
  const close = el(doc, 'button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', labels('highlightClose'));
  head.append(close);
  card.append(head);

  const title = el(doc, 'p', 'title', event.title);
  ownText(title, event.language);
  card.append(title, el(doc, 'p', 'date', dateLine(event, labels)));
  // As in the popup: an event the page only names says so (the page is about another story).
  if (isMention(event)) card.append(el(doc, 'p', 'prominence', labels('highlightMentioned')));
  if (event.summary) {
    const summary = el(doc, 'p', 'summary', event.summary);
    ownText(summary, event.language);
    summary.title = event.summary;
    card.append(summary);
  }

  const links: HTMLAnchorElement[] = [];
  const sources = topSources(event.sources);
  if (sources.length > 0) {
    card.append(el(doc, 'p', 'label', labels('highlightSources')));
    const list = el(doc, 'ul', 'sources');
    for (const { source, href } of sources) {
      const item = el(doc, 'li', 'source');
      const link = el(doc, 'a', 'link');
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.dir = 'auto';
      const outlet = el(doc, 'span', 'outlet', source.outlet);
      outlet.dir = 'auto';
      link.append(outlet);

      if (source.title) {
        const sourceTitle = el(doc, 'span', 'source-title', source.title);
        ownText(sourceTitle, source.language && source.language !== 'und' ? source.language : undefined);
        link.append(sourceTitle);
      }
      const host = el(doc, 'span', 'host', shownHost(href) ?? '');
      host.dir = 'ltr';
      link.append(host);
      item.append(link);
      list.append(item);
      links.push(link);
    }
    card.append(list);
  }

  if (others.length > 0) {
    const also = el(doc, 'div', 'also');
    also.append(el(doc, 'p', 'label', labels('highlightAlso')));
    for (const other of others.slice(0, 2)) {
      const line = el(doc, 'p', 'also-title', other.title);
      ownText(line, other.language);
      also.append(line);
    }
    card.append(also);
  }

  card.append(el(doc, 'p', 'hint', labels('highlightOpenPopup')));
  return { card, close, links };
}
