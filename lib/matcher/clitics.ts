/**
 * Arabic and Hebrew write conjunctions, prepositions and the article onto the word: وإيران
 * ("and Iran"), للسلام ("for peace" = ل + السلام), بالكنيست ("in the Knesset"), באיראן ("in Iran"),
 * והשלום ("and the peace"). The page side tries the word without those clitics (and, for Arabic,
 * with the article put back); the index side also registers a word without its article. Only
 * tokens in these scripts take this path.
 */
const AR_ARTICLE = 'ال';
/** Longest first. */
const AR_PREFIXES = ['وبال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ك', 'ل'];
const HE_ARTICLE = 'ה';
const HE_PREFIXES = ['וכש', 'ומה', 'ושה', 'וב', 'וה', 'ול', 'ומ', 'וש', 'שה', 'מה', 'כש', 'שב', 'לכ', 'ב', 'ו', 'ל', 'ה', 'מ', 'ש', 'כ'];
const MIN_REST = 3;

export const isArabicCode = (c: number): boolean => c >= 0x0620 && c <= 0x06ff;
export const isHebrewCode = (c: number): boolean => c >= 0x05d0 && c <= 0x05ea;
/** Scripts whose words carry clitic prefixes. */
export const hasClitics = (c: number): boolean => isArabicCode(c) || isHebrewCode(c);

/** Forms of a page word without its clitic prefixes (the word itself not included). */
export function cliticFreeForms(w: string): string[] {
  const out: string[] = [];
  const hebrew = isHebrewCode(w.charCodeAt(0));
  for (const p of hebrew ? HE_PREFIXES : AR_PREFIXES) {
    if (!w.startsWith(p) || w.length - p.length < MIN_REST) continue;
    const rest = w.slice(p.length);
    if (p === 'لل') out.push(AR_ARTICLE + rest, rest); // لل = ل + ال
    else {
      out.push(rest);
      if (!hebrew && p.endsWith(AR_ARTICLE)) out.push(AR_ARTICLE + rest);
      if (hebrew && p.endsWith(HE_ARTICLE)) out.push(HE_ARTICLE + rest);
    }
  }
  return [...new Set(out)];
}

/** Extra index forms of an index word: without its article. */
export function articleFreeForms(w: string): string[] {
  if (w.startsWith(AR_ARTICLE) && w.length - 2 >= MIN_REST && isArabicCode(w.charCodeAt(2))) return [w.slice(2)];
  if (w.startsWith(HE_ARTICLE) && w.length - 1 >= MIN_REST && isHebrewCode(w.charCodeAt(1))) return [w.slice(1)];
  return [];
}
