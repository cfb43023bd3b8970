/**
 * Inflection without a dictionary. Names and terms in Slavic, Baltic, Romance and Germanic
 * languages change their endings (Ушаков -> Ушакова, Ушаковым; Witkoff -> Witkoffa, Witkoffem;
 * leak -> leaked). The index side registers each word plus the word minus every ending it has;
 * the page side strips only its longest ending. So "ушаковым" (longest ending "овым") meets
 * "ушаков" (registered as "ушаков" and "ушак"), and "Witkoffem" meets "Witkoff".
 * A stem must keep at least MIN_STEM letters, so short words are only ever matched whole.
 * Endings are written folded (no diacritics: Polish -ą is "a").
 */
export const MIN_STEM = 4;

const LATIN_ENDINGS = [
  's', 'es', 'ed', 'ing', 'a', 'e', 'i', 'o', 'u', 'y', 'em', 'om', 'ie', 'iem', 'im', 'ym', 'ow', 'owi',
  'ego', 'emu', 'ach', 'ami', 'ia', 'iu', 'ii', 'ov', 'ova', 'ovi', 'ovu', 'ove', 'ovo', 'ovom', 'ovem',
  'ovym', 'ovych', 'ovy', 'owa', 'owej', 'owie', 'owa', 'owym', 'owego', 'owemu', 'ev', 'eva', 'evi',
  'ew', 'ewa', 'ewem', 'ewi', 'ewie', 'owem', 'n', 'en', 'ns', 'us', 'um', 'ai', 'au', 'ui', 'ul', 'ului',
  // Czech adjectives and nouns
  'eho', 'emu', 'ych', 'ymi', 'ou', 'ho', 'imi', 'ich', 'ovou', 'ove',
  // Romanian plural and case articles
  'le', 'lor', 'ile', 'ele', 'ilor', 'elor',
];

/** Turkish case and plural suffixes (ı folds to i, ş to s): stripped only on Turkish pages. */
const TURKISH_ENDINGS = [
  'si', 'ni', 'nin', 'sini', 'yi', 'de', 'da', 'te', 'ta', 'den', 'dan', 'ten', 'tan', 'ler', 'lar', 'leri',
  'lari', 'in', 'un', 'ye', 'ya', 'nda', 'nde', 'yla', 'yle', 'ndan', 'nden', 'daki', 'deki', 'taki', 'teki',
];

const CYRILLIC_ENDINGS = [
  'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'ь', 'й', 'і', 'ї', 'є', 'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ах', 'ях',
  'ам', 'ям', 'ами', 'ями', 'ов', 'ев', 'ого', 'его', 'ому', 'ему', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее',
  'ые', 'ие', 'ых', 'их', 'ыми', 'ими', 'ою', 'ею', 'ью', 'ію', 'ові', 'еві', 'ів', 'ої', 'ій', 'ий', 'ый',
  'ова', 'ову', 'овым', 'овой', 'ове', 'ові', 'ових', 'ева', 'еву', 'евым', 'евой', 'еве', 'ину', 'ина',
  'ином', 'иным', 'ия', 'ии', 'ию', 'ией', 'ея', 'ею', 'ого', 'ой', 'ям', 'ові', 'ом', 'ою', 'ій',
];

/** Greek noun and name endings, written without accents (folding removes them). */
const GREEK_ENDINGS = ['ος', 'ου', 'ο', 'ες', 'ας', 'ης', 'η', 'α', 'ων', 'οι', 'ους', 'ε', 'ι', 'ια', 'ιας', 'ης'];

const ARABIC_ENDINGS = ['ا', 'ة', 'ه', 'ي', 'ية', 'ها', 'هم', 'ات', 'ون', 'ين', 'ان', 'يا'];

/** Endings stripped on every page. */
export const ENDINGS: readonly string[] = [...new Set([...LATIN_ENDINGS, ...CYRILLIC_ENDINGS, ...GREEK_ENDINGS, ...ARABIC_ENDINGS])];
/** Every ending of every language: the index registers stems for all of them. */
export const ALL_ENDINGS: readonly string[] = [...new Set([...ENDINGS, ...TURKISH_ENDINGS])];
export const MAX_ENDING = Math.max(...ALL_ENDINGS.map((e) => e.length));

/**
 * Endings stored reversed in a tiny trie over the code units they use. Transitions live in one
 * Int16Array (node * width + letter) so the scanner walks it with array reads only.
 */
export interface EndingTrie {
  /** Folded code unit -> 1-based letter index, 0 when the unit never ends a word inflection. */
  letter: Uint8Array;
  width: number;
  next: Int16Array;
  terminal: Uint8Array;
}

export function buildEndingTrie(endings: readonly string[] = ENDINGS): EndingTrie {
  const letters = new Map<number, number>();
  for (const e of endings) for (let i = 0; i < e.length; i++) {
    const c = e.charCodeAt(i);
    if (!letters.has(c)) letters.set(c, letters.size + 1);
  }
  const width = letters.size + 1;
  const letter = new Uint8Array(65536);
  for (const [c, idx] of letters) letter[c] = idx;
  const nodes: number[][] = [new Array<number>(width).fill(0)];
  const terminal: number[] = [0];
  for (const e of endings) {
    let node = 0;
    for (let i = e.length - 1; i >= 0; i--) {
      const l = letters.get(e.charCodeAt(i))!;
      let nx = nodes[node]![l]!;
      if (nx === 0) {
        nx = nodes.length;
        nodes.push(new Array<number>(width).fill(0));
        terminal.push(0);
        nodes[node]![l] = nx;
      }
      node = nx;
    }
    terminal[node] = 1;
  }
  const next = new Int16Array(nodes.length * width);
  nodes.forEach((row, n) => row.forEach((v, l) => { next[n * width + l] = v; }));
  return { letter, width, next, terminal: Uint8Array.from(terminal) };
}

export const ENDING_TRIE = buildEndingTrie(ENDINGS);
const TURKISH_TRIE = buildEndingTrie([...ENDINGS, ...TURKISH_ENDINGS]);
/** Index side: all languages' endings. */
export const INDEX_TRIE = TURKISH_TRIE;

/**
 * The endings a page's words are stripped of, by the page's language: Turkish suffixes like
 * -de, -ta, -ni would cut English and Romance words wrongly, so only Turkish pages use them.
 */
export function endingTrieFor(lang: string | undefined): EndingTrie {
  return lang && /^(tr|az)(\b|[-_])/i.test(lang) ? TURKISH_TRIE : ENDING_TRIE;
}

/** Length of the longest ending of `word` that leaves a stem of MIN_STEM or more; 0 if none. */
export function longestEnding(word: string, trie: EndingTrie = ENDING_TRIE): number {
  let node = 0;
  let best = 0;
  const n = word.length;
  for (let k = 1; k <= MAX_ENDING && n - k >= MIN_STEM; k++) {
    const l = trie.letter[word.charCodeAt(n - k)]!;
    if (l === 0) break;
    node = trie.next[node * trie.width + l]!;
    if (node === 0) break;
    if (trie.terminal[node] === 1) best = k;
  }
  return best;
}

const BASE_ENDINGS = new Set(ENDINGS);
/**
 * Stems cut by a Turkish-only ending must keep 5 letters: index words of every language get them
 * ("yangın" -> "yang" would otherwise meet the name Yang on any page).
 */
const MIN_STEM_TURKISH = 5;

/** The word and the word minus each of its endings (stems of MIN_STEM or more letters). */
export function indexForms(word: string, trie: EndingTrie = INDEX_TRIE): string[] {
  const forms = [word];
  const n = word.length;
  let node = 0;
  for (let k = 1; k <= MAX_ENDING && n - k >= MIN_STEM; k++) {
    const l = trie.letter[word.charCodeAt(n - k)]!;
    if (l === 0) break;
    node = trie.next[node * trie.width + l]!;
    if (node === 0) break;
    if (trie.terminal[node] !== 1) continue;
    if (n - k >= MIN_STEM_TURKISH || BASE_ENDINGS.has(word.slice(n - k))) forms.push(word.slice(0, n - k));
  }
  return forms;
}
