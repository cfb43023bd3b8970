/**
 * Reads article data from a page's JSON-LD blocks (schema.org NewsArticle and kin, also inside
 * @graph arrays or mainEntity). Broken JSON is ignored; the walk over parsed values is
 * iterative and capped.
 */

const MAX_SCRIPT_CHARS = 2_000_000;
const MAX_TOTAL_CHARS = 6_000_000;
const MAX_VALUES = 50_000;

export interface JsonLdArticle {
  articleBody?: string;
  datePublished?: string;
  inLanguage?: string;
  headline?: string;
  /** The article's summary (its standfirst on most news sites). */
  description?: string;
}

const ARTICLE_TYPES = new Set(['reportagenews', 'blogposting', 'liveblogposting', 'report']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "NewsArticle", "schema:NewsArticle", "https://schema.org/NewsArticle" -> "newsarticle". */
function typeNames(v: unknown): string[] {
  const raw = Array.isArray(v) ? v : [v];
  return raw
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1).toLowerCase());
}

function isArticle(obj: Record<string, unknown>): boolean {
  return typeNames(obj['@type']).some((t) => t.endsWith('article') || ARTICLE_TYPES.has(t));
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return undefined;
}

function language(v: unknown): string | undefined {
  if (isRecord(v)) return str(v.alternateName) ?? str(v.name);
  return str(v);
}

/** Every article object in the parsed blocks, in document order. */
function findArticles(blocks: unknown[]): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const stack: unknown[] = [...blocks].reverse();
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_VALUES) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (isRecord(v)) {
      if (isArticle(v)) found.push(v);
      const values = Object.values(v);
      for (let i = values.length - 1; i >= 0; i--) {
        const child = values[i];
        if (typeof child === 'object' && child !== null) stack.push(child);
      }
    }
  }
  return found;
}

/** Parses JSON-LD script texts; the article with the longest body wins. */
export function readJsonLd(scriptTexts: string[]): JsonLdArticle {
  const blocks: unknown[] = [];
  let total = 0;
  for (const text of scriptTexts) {
    if (text.length > MAX_SCRIPT_CHARS || total + text.length > MAX_TOTAL_CHARS) continue;
    total += text.length;
    try {
      // Some CMSes wrap the JSON in an HTML comment or CDATA marker.
      blocks.push(JSON.parse(text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '')));
    } catch {
      // Broken JSON-LD is common on real sites: ignore the block.
    }
  }
  const articles = findArticles(blocks);
  if (articles.length === 0) return {};
  let best = articles[0]!;
  let bestLength = -1;
  for (const a of articles) {
    const body = str(a.articleBody);
    if (body !== undefined && body.length > bestLength) {
      best = a;
      bestLength = body.length;
    }
  }
  const withDate = [best, ...articles].find((a) => str(a.datePublished) !== undefined);
  const withLang = [best, ...articles].find((a) => language(a.inLanguage) !== undefined);
  return {
    articleBody: str(best.articleBody),
    datePublished: withDate ? str(withDate.datePublished) : undefined,
    inLanguage: withLang ? language(withLang.inLanguage) : undefined,
    headline: str(best.headline),
    description: str(best.description),
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[code.toLowerCase()] ?? m;
  });
}

/**
 * articleBody as paragraphs separated by "\n\n". Some sites put HTML in it: tags become
 * breaks and entities are decoded (never parsed as HTML: nothing may load).
 */
export function bodyToParagraphs(body: string): string[] {
  let text = body;
  if (/<\/?[a-z][^>]{0,2000}>/i.test(text)) {
    text = decodeEntities(
      text
        .replace(/<\/?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|section|figure|figcaption|table|tr|td|th)\b[^>]{0,2000}>/gi, '\n')
        .replace(/<\/?[a-z!][^>]{0,2000}>/gi, ''),
    );
  }
  return text
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}
