/**
 * Words of a search query or of an event's texts (pure), folded by the matcher's own rules
 * (lib/matcher/tokenize.ts): case, diacritics and Latin/Cyrillic look-alikes folded, punctuation
 * separating words, each Han/kana/Hangul character a word of its own. So search and matching
 * agree on what "the same word" is.
 */
import { tokenize } from '../matcher/tokenize';

export function searchWords(s: string): string[] {
  return tokenize(s).map((t) => t.text);
}
