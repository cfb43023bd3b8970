/**
 * Mixed-script tokens: a Cyrillic "В" inside "Вloomberg", or a Latin "o" inside "Путин", are
 * look-alikes planted by accident (copy-paste, OCR) or on purpose. A token that mixes Latin and
 * Cyrillic letters is rewritten into its majority script using these pairs (lowercase, folded).
 */
const CYR_TO_LAT: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
};
const LAT_TO_CYR: Record<string, string> = {
  a: 'а', b: 'в', e: 'е', k: 'к', m: 'м', h: 'н', o: 'о', p: 'р', c: 'с', t: 'т', y: 'у', x: 'х', i: 'і',
};
const RE_LAT = /\p{Script=Latin}/u;
const RE_CYR = /\p{Script=Cyrillic}/u;

/** Rewrites a folded token that mixes Latin and Cyrillic into its majority script. */
export function unmixScripts(token: string): string {
  let lat = 0;
  let cyr = 0;
  for (const ch of token) {
    if (RE_LAT.test(ch)) lat++;
    else if (RE_CYR.test(ch)) cyr++;
  }
  if (lat === 0 || cyr === 0) return token;
  const map = lat >= cyr ? CYR_TO_LAT : LAT_TO_CYR;
  let out = '';
  for (const ch of token) out += map[ch] ?? ch;
  return out;
}
