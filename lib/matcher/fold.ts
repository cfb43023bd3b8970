/** Text folding for search and display keys: the matcher's own rules (see tokenize.ts). */
export { foldText, tokenize, type Token } from './tokenize';
