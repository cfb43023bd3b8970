/**
 * Arabic writes conjunctions, prepositions and the article onto the word: وإيران ("and Iran"),
 * للسلام ("for peace" = ل + السلام), بالكنيست ("in the Knesset"). The page side tries the word
 * without those clitics (and with the article put back); the index side also registers a word
 * without its article. Only Arabic-script tokens take this path.
 */
const ARTICLE = 'ال';
/** Longest first. */
const PREFIXES = ['وبال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ك', 'ل'];
const MIN_REST = 3;

export const isArabicCode = (c: number): boolean => c >= 0x0620 && c <= 0x06ff;

/** Forms of a page word without its clitic prefixes (the word itself not included). */
export function arabicPageForms(w: string): string[] {
  const out: string[] = [];
  for (const p of PREFIXES) {
    if (!w.startsWith(p) || w.length - p.length < MIN_REST) continue;
    const rest = w.slice(p.length);
    if (p === 'لل') out.push(ARTICLE + rest, rest); // لل = ل + ال
    else {
      out.push(rest);
      if (p.endsWith(ARTICLE)) out.push(ARTICLE + rest);
    }
  }
  return [...new Set(out)];
}

/** Extra index forms of an index word: without its article. */
export function arabicIndexForms(w: string): string[] {
  return w.startsWith(ARTICLE) && w.length - 2 >= MIN_REST && isArabicCode(w.charCodeAt(2)) ? [w.slice(2)] : [];
}
