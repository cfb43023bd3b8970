/**
 * Inflection without a dictionary. Names and terms in Slavic, Baltic, Romance and Germanic
 * languages change their endings (Ушаков -> Ушакова, Ушаковым; Witkoff -> Witkoffa, Witkoffem;
 * leak -> leaked). The index side registers each word plus the word minus every ending it has;
 * the page side strips only its longest ending. So "ушаковым" (longest ending "овым") meets
 * "ушаков" (registered as "ушаков" and "ушак"), and "Witkoffem" meets "Witkoff".
 * A stem must keep at least MIN_STEM letters, so short words are only ever matched whole.
 * Endings are written folded (no diacritics: Polish -ą is "a").
 */
import { primaryLanguage } from './language';
import { foldRange } from './tokenize';

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

/**
 * Indic case markers and postpositions written onto the word (Marathi भारताने, पाकिस्तानातील;
 * Nepali ओलीले, अलास्काको; Bengali নেপালের; Gujarati અમદાવાદમાં; Tamil அகமதாபாத்தில்; Telugu
 * పాకిస్తాన్‌లో), and the word-final virama Telugu and Tamil write (పుతిన్‌ = Hindi पुतिन).
 * Written in their own scripts and folded like page text (char-class.ts folds every Brahmic script
 * to Devanagari), so one list serves them all; these scripts share no letters with the others.
 */
const INDIC_ENDINGS_NATIVE = [
  // Devanagari: Hindi oblique forms, Marathi and Nepali case markers
  '्', 'ा', 'ी', 'े', 'ो', 'ों', 'ें', 'ाओं', 'ियों',
  'चा', 'ची', 'चे', 'च्या', 'ने', 'ला', 'ना', 'ात', 'ेत', 'मध्ये', 'तील', 'ातील', 'हून', 'ाहून', 'वर', 'ांवर',
  'ांना', 'ाचा', 'ाची', 'ाचे', 'ाच्या', 'ाने', 'ाला', 'ाशी', 'शी', 'कडे', 'साठी', 'ांचा', 'ांची', 'ांचे', 'ांच्या', 'ांनी', 'नी',
  'ले', 'को', 'का', 'की', 'मा', 'लाई', 'बाट', 'सँग', 'बीच', 'हरू', 'हरूको', 'हरूले', 'हरूलाई', 'द्वारा', 'माथि', 'देखि',
  // Bengali
  'ের', 'র', 'ে', 'কে', 'তে', 'দের', 'রা', 'টি', 'টা', 'গুলো', 'য়', 'য়ে', 'এর', 'েরা', 'ায়',
  // Gujarati
  'માં', 'નું', 'ની', 'ના', 'નો', 'ને', 'નાં', 'થી', 'માંથી', 'ે', 'એ', 'ઓ', 'ું',
  // Tamil
  'ில்', 'ின்', 'ை', 'க்கு', 'ுக்கு', 'ும்', 'ால்', 'ுடன்', 'ிடம்', 'தில்', 'வின்', 'வில்', 'ிலிருந்து', 'விலிருந்து', 'ிற்கு',
  // Tamil nouns in -ம் take -த்த- before a case ending (முடக்கம், shutdown: முடக்கத்தின், முடக்கத்தில்;
  // நிலநடுக்கம், earthquake: நிலநடுக்கத்தை): both sides come to the stem without them.
  'ம்', 'த்தின்', 'த்தில்', 'த்தை', 'த்திற்கு', 'த்துக்கு', 'த்தால்', 'த்துடன்', 'த்திலிருந்து', 'த்தினால்', 'த்தைத்',
  // Telugu (a ZWNJ often separates the suffix; it is dropped when folding)
  'లో', 'కు', 'కి', 'తో', 'ను', 'ని', 'పై', 'లోని', 'గా', '్లో', '్కు', '్కి', '్తో', '్ను', '్ని', '్పై', '్లోని', 'ం', 'ంలో', 'ాన్ని', 'ానికి', 'ంతో',
];
/** Folded (the page's form); duplicates across scripts collapse in the sets below. */
const INDIC_ENDINGS = INDIC_ENDINGS_NATIVE.map((e) => foldRange(e, 0, e.length)).filter((e) => e.length > 0);

/**
 * Hungarian case suffixes (Trumpnak, Putyinnal, Usakovval, Witkoffot, Budapesten): stripped only
 * on Hungarian pages, like Turkish. The instrumental -val/-vel takes the last consonant's sound
 * (Trump -> Trumppal), so each doubled form is listed (-pal strips "pal" and keeps "trump").
 */
const HUNGARIAN_ENDINGS = [
  'nak', 'nek', 'val', 'vel', 't', 'ot', 'et', 'at', 'ott', 'ban', 'ben', 'ba', 'be', 'on', 'ra', 're', 'rol', 'tol', 'hoz', 'hez',
  'nal', 'nel', 'bol', 'ig', 'ert', 'ek', 'ok', 'ak', 'tal', 'tel',
  ...['b', 'd', 'f', 'g', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'z'].flatMap((c) => [`${c}al`, `${c}el`]),
];

/**
 * Swedish, Danish and Norwegian definite and genitive suffixes (budgetstoppet, nedstängningen,
 * valgene, förhandlingarna): stripped only on pages in those languages, and only on the page side
 * (index words are written in their base form), so they add no index keys.
 */
const SCANDINAVIAN_ENDINGS = ['et', 't', 'en', 'n', 'ene', 'na', 'arna', 'erna', 'orna', 'erne', 'ets', 'ens', 'ernes', 'arnas', 'ernas'];

/** Endings stripped on every page. */
export const ENDINGS: readonly string[] = [
  ...new Set([...LATIN_ENDINGS, ...CYRILLIC_ENDINGS, ...GREEK_ENDINGS, ...ARABIC_ENDINGS, ...INDIC_ENDINGS]),
];
/** Every ending of every language: the index registers stems for all of them. */
export const ALL_ENDINGS: readonly string[] = [...new Set([...ENDINGS, ...TURKISH_ENDINGS, ...HUNGARIAN_ENDINGS])];
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
const HUNGARIAN_TRIE = buildEndingTrie([...ENDINGS, ...HUNGARIAN_ENDINGS]);
const SCANDINAVIAN_TRIE = buildEndingTrie([...ENDINGS, ...SCANDINAVIAN_ENDINGS]);
/** Index side: all languages' endings. */
export const INDEX_TRIE = buildEndingTrie(ALL_ENDINGS);
/** Every ending set a page may be scanned with. */
export const PAGE_TRIES: readonly EndingTrie[] = [ENDING_TRIE, TURKISH_TRIE, HUNGARIAN_TRIE, SCANDINAVIAN_TRIE];

/**
 * The endings a page's words are stripped of, by the page's language: Turkish suffixes like
 * -de, -ta, -ni and Hungarian ones like -ot, -ban, -ra would cut other languages' words wrongly,
 * so only pages in those languages use them.
 */
export function endingTrieFor(lang: string | undefined): EndingTrie {
  return TRIE_BY_LANGUAGE[primaryLanguage(lang)] ?? ENDING_TRIE;
}
const TRIE_BY_LANGUAGE: Readonly<Record<string, EndingTrie>> = {
  tr: TURKISH_TRIE, az: TURKISH_TRIE, hu: HUNGARIAN_TRIE,
  sv: SCANDINAVIAN_TRIE, da: SCANDINAVIAN_TRIE, nb: SCANDINAVIAN_TRIE, nn: SCANDINAVIAN_TRIE, no: SCANDINAVIAN_TRIE,
};

/**
 * Lengths of the endings of `word` that leave a stem of MIN_STEM or more letters, longest first.
 * The page side tries each stem in this order until one is an index key: nested endings of
 * different languages (Marathi -ाने, Bengali -े on পাকিস্তানে) must not hide the right cut.
 */
export function endingLengths(word: string, trie: EndingTrie = ENDING_TRIE): number[] {
  const out: number[] = [];
  let node = 0;
  const n = word.length;
  for (let k = 1; k <= MAX_ENDING && n - k >= MIN_STEM; k++) {
    const l = trie.letter[word.charCodeAt(n - k)]!;
    if (l === 0) break;
    node = trie.next[node * trie.width + l]!;
    if (node === 0) break;
    if (trie.terminal[node] === 1) out.unshift(k);
  }
  return out;
}

/** endingsOf's answer: [ending length, trie node where it ends] pairs. */
const FOUND = new Int32Array(2 * MAX_ENDING + 2);

/**
 * The endings of the word held as code units in units[from .. from + n) that leave MIN_STEM or
 * more letters, shortest first, into FOUND; returns how many. For the compiler, which keeps its
 * words as code units (key-ids.ts).
 */
function endingsOf(units: Uint16Array, from: number, n: number, trie: EndingTrie): number {
  let count = 0;
  let node = 0;
  for (let k = 1; k <= MAX_ENDING && n - k >= MIN_STEM; k++) {
    const l = trie.letter[units[from + n - k]!]!;
    if (l === 0) break;
    node = trie.next[node * trie.width + l]!;
    if (node === 0) break;
    if (trie.terminal[node] !== 1) continue;
    FOUND[2 * count] = k;
    FOUND[2 * count + 1] = node;
    count++;
  }
  return count;
}

/** endingLengths of the word held as code units in units[from .. from + n), written to out (longest first); returns how many. */
export function endingLengthsOf(units: Uint16Array, from: number, n: number, trie: EndingTrie, out: Int32Array): number {
  const count = endingsOf(units, from, n, trie);
  for (let i = 0; i < count; i++) out[i] = FOUND[2 * (count - 1 - i)]!;
  return count;
}

/** Length of the longest ending of `word` that leaves a stem of MIN_STEM or more; 0 if none. */
export function longestEnding(word: string, trie: EndingTrie = ENDING_TRIE): number {
  return endingLengths(word, trie)[0] ?? 0;
}

const BASE_ENDINGS = new Set(ENDINGS);
/** Per INDEX_TRIE node: 1 when the ending that ends there is one of ENDINGS. */
const INDEX_BASE = (() => {
  const base = new Uint8Array(INDEX_TRIE.terminal.length);
  for (const e of ENDINGS) {
    let node = 0;
    for (let i = e.length - 1; i >= 0; i--) node = INDEX_TRIE.next[node * INDEX_TRIE.width + INDEX_TRIE.letter[e.charCodeAt(i)]!]!;
    base[node] = 1;
  }
  return base;
})();
/**
 * Stems cut by a Turkish- or Hungarian-only ending must keep 5 letters: index words of every language get them
 * ("yangın" -> "yang" would otherwise meet the name Yang on any page).
 */
const MIN_STEM_TURKISH = 5;

/**
 * The stems indexForms gives for the word held as code units in units[from .. from + n), as
 * lengths in the same order, written to out from outFrom on; returns how many. No strings: for the compiler.
 */
export function indexStemLengths(units: Uint16Array, from: number, n: number, out: Int32Array, outFrom = 0): number {
  const found = endingsOf(units, from, n, INDEX_TRIE);
  let count = 0;
  for (let i = 0; i < found; i++) {
    const k = FOUND[2 * i]!;
    if (n - k >= MIN_STEM_TURKISH || INDEX_BASE[FOUND[2 * i + 1]!] === 1) out[outFrom + count++] = n - k;
  }
  return count;
}

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
