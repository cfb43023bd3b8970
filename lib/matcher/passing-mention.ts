/**
 * Events named in passing: "two days after Witkoff's 14 October call with Ushakov", "since the
 * blackout of 28 April", "the meeting of Trump and Putin in Alaska". The event's rule is not met
 * (one idea, not two; one sentence), but one of its names and one of its ideas stand in one
 * sentence. That alone also fits pages that merely share the event's people or places, so the
 * sentence counts only
 *  - when it has all the names the rule requires, two or more, one of them used by few events
 *    ("Trump and Putin in Alaska"), or
 *  - when a date written in it, a day or a month, agrees with the event's dates ("Trump's tariffs
 *    in April", "the blackout of 28 April"),
 * and never when a date in it contradicts the event's. (A name beside an idea, "Bolsonaro's
 * conviction", was tried: it also took titles and descriptions, "Japan's first female prime
 * minister Sanae Takaichi told parliament", for the event; names for events are the index's
 * phrases.)
 */
import { ctxGroup, ctxNode, FEW_EVENTS, type CompiledMatcher } from './compile';
import { datesVerdict, rangesAgreement, type DateVerdict } from './date-agreement';
import { allEntityAt, H_ALL, H_ALL_END, H_ANY, H_ANY_END, H_CTX, H_CTX_END, H_REQUIRED, HEAD_INTS } from './event-heads';
import { NO_DATE } from './dates';
import type { TextDate } from './text-dates';
import type { Occurrences } from './occurrences';
import { contextRole, type WindowItem, type WindowResult } from './window-rule';

/** Tokens: at most this far apart, a name and an idea may be in one sentence. */
export const SENTENCE = 24;
/** Characters looked at on each side of an idea for its sentence's ends. */
const SENTENCE_CHARS = 320;
/** Ideas of one event looked at per page (a word repeated all over a long page is not a passing mention). */
const MAX_IDEAS = 64;
/**
 * Sentences of one event judged per page (a name beside an idea all over a page is not a passing
 * mention). Twelve: a page about the Budapest summit has Trump, Putin and a meeting in its first
 * eight, before the one sentence that names Anchorage.
 */
const MAX_SENTENCES = 12;
/** Sentences of one event without its names judged per page (its ideas and its day)... */
const MAX_BARE_SENTENCES = 2;
/** ...and of all events together. */
const MAX_BARE_SENTENCES_PAGE = 12;
/** Score of a passing mention (reported: at least REPORT_THRESHOLD). */
export const MENTION_SCORE = 0.55;


export type { DateVerdict } from './date-agreement';
/**
 * What a sentence's dates say of an event: DateVerdict, with 'agrees-on-day' when a day agrees, and
 * 'agrees-on-written-day' when that day is written as a date ("on 4 July", not "on Friday").
 */
export type SentenceVerdict = 'agrees-on-written-day' | 'agrees-on-day' | DateVerdict;
/** What the dates written in text[from, to) say of event e (match-page reads each sentence's dates once). */
export type SentenceJudge = (e: number, from: number, to: number) => SentenceVerdict;
const onDay = (v: SentenceVerdict) => v === 'agrees-on-day' || v === 'agrees-on-written-day';

/** Characters that end a sentence when a space follows (. ! ? 。 ！ ？ । ؟). */
const isStop = (c: number) =>
  c === 0x2e || c === 0x21 || c === 0x3f || (c > 0x7f && (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x0964 || c === 0x061f));
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;

/**
 * A dot after an ordinal ends no sentence: "14. Oktober", "XIV. Leó", "Papa XIV. Leo" (German,
 * Hungarian, Turkish, Czech, Finnish… write ordinals so): one or two digits, or a Roman numeral of
 * capitals, as a word of its own before the dot.
 */
function ordinalDot(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 0x2e) return false;
  let i = dot - 1;
  let digits = 0;
  let roman = 0;
  for (; i >= 0 && dot - i <= 6; i--) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c) roman++; // I V X L
    else break;
  }
  if (i >= 0 && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x28) return false;
  return (digits >= 1 && digits <= 2 && roman === 0) || (roman >= 1 && digits === 0);
}

/** Does text[i] end a sentence (a stop before a space, not an ordinal's dot)? */
const endsSentence = (text: string, i: number, c: number) =>
  isStop(c) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1))) && !ordinalDot(text, i);

/** Offsets [start, end) of the sentence around text[at] (at most SENTENCE_CHARS each way). */
function sentenceAround(text: string, at: number): [number, number] {
  let start = Math.max(0, at - SENTENCE_CHARS);
  for (let i = at - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (i + 1 < text.length && endsSentence(text, i, c))) { start = i + 1; break; }
  }
  const limit = Math.min(text.length, at + SENTENCE_CHARS);
  let end = limit;
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) { end = i; break; }
    if (endsSentence(text, i, c)) { end = i + 1; break; }
  }
  return [start, end];
}

/**
 * Names of one event on the page, the first MAX_NAMES, sorted by token (reused buffers: matchPage is
 * not re-entrant). A name said more often than that is not named in passing.
 */
const MAX_NAMES = 64;
const nameTok = new Int32Array(MAX_NAMES);
const occs = new Int32Array(MAX_NAMES);
const roles = new Int32Array(MAX_NAMES);

/**
 * The evidence of a passing mention of event e (a name and an idea in one sentence), or null.
 * `judgeDates(e, from, to)` says whether the dates written in text[from, to) fit the event.
 * Work: the event's idea occurrences (at most MAX_IDEAS) and name occurrences (at most MAX_NAMES),
 * plus a sentence read only where a name stands near an idea.
 */
export function passingMention(
  m: CompiledMatcher, e: number, occ: Occurrences, page: PassingPage, judgeDates: SentenceJudge,
): WindowResult | null {
  return nameAndIdea(m, e, occ, page, judgeDates) ?? namesAndDate(m, e, occ, page, judgeDates);
}

/** A page's state for passing mentions, shared by its events. */
export const newPassingPage = (text: string, heads: Int32Array, published: number): PassingPage =>
  ({ text, heads, published, bareSentences: MAX_BARE_SENTENCES_PAGE, sentences: new Map(), short: [], digits: new Map() });

/** Is `published` within event e's own days (start to end), an event of two days or more? */
function ongoing(m: CompiledMatcher, e: number, published: number): boolean {
  const r = m.dayOff[e]!;
  return published !== NO_DATE && m.dayOff[e + 1]! > r && m.dayData[r + 1]! > m.dayData[r]!
    && published >= m.dayData[r]! && published <= m.dayData[r + 1]!;
}

/**
 * What passing mentions on one page share across its events (match-page makes one per page): the
 * work they may still spend, and the sentences already found (events sharing a word judge the
 * same sentences).
 */
export interface PassingPage {
  readonly text: string;
  /** eventHeads of the matcher. */
  readonly heads: Int32Array;
  /** The page's publication day, or NO_DATE. */
  readonly published: number;
  /** Sentences without an event's names still to be judged (their ideas and their day). */
  bareSentences: number;
  /** sentenceAround(text, at) by `at`, packed as start * 2^26 + end (pages are shorter than 2^26). */
  readonly sentences: Map<number, number>;
  /** The sentences found that are shorter than SHORT_SENTENCE, packed. */
  readonly short: number[];
  /** hasDigit of a sentence, by its packed offsets. */
  readonly digits: Map<number, boolean>;
}

const SENTENCE_PACK = 2 ** 26;
const sentenceStart = (packed: number) => Math.floor(packed / SENTENCE_PACK);
const sentenceEnd = (packed: number) => packed % SENTENCE_PACK;
/**
 * A sentence shorter than this is the sentence of every offset in it: both its ends are stops,
 * line ends or the text's ends, which sentenceAround finds from anywhere within SENTENCE_CHARS.
 */
const SHORT_SENTENCE = SENTENCE_CHARS - 20;

/** sentenceAround, packed, remembered per page: a page's sentences are found once, however many events look. */
function sentenceOf(page: PassingPage, at: number): number {
  let packed = page.sentences.get(at);
  if (packed !== undefined) return packed;
  for (const s of page.short) {
    if (at >= sentenceStart(s) && at < sentenceEnd(s)) {
      page.sentences.set(at, s);
      return s;
    }
  }
  const [s0, s1] = sentenceAround(page.text, at);
  packed = s0 * SENTENCE_PACK + s1;
  page.sentences.set(at, packed);
  if (s1 - s0 < SHORT_SENTENCE && at < s1) page.short.push(packed);
  return packed;
}

/** hasDigit of a sentence, remembered per page. */
function sentenceHasDigit(page: PassingPage, packed: number): boolean {
  let has = page.digits.get(packed);
  if (has === undefined) page.digits.set(packed, (has = hasDigit(page.text, sentenceStart(packed), sentenceEnd(packed))));
  return has;
}

/**
 * Event e's ideas on the page: the indexes j in ctxData of its context terms that occur, in index
 * order, read once per event (reused buffer; returns how many). Every later look at its ideas
 * walks these only: an event has dozens of terms in some languages, the page a few of them.
 */
let present = new Int32Array(64);
/** Beside present: where the page's occurrences keep each (Occurrences.slot: its first occurrence, count, run). */
let presentSlot = new Int32Array(64);
function presentIdeas(m: CompiledMatcher, b: number, occ: Occurrences, heads: Int32Array): number {
  const j0 = heads[b + H_CTX]!;
  const j1 = heads[b + H_CTX_END]!;
  if (present.length < j1 - j0) {
    present = new Int32Array(j1 - j0);
    presentSlot = new Int32Array(j1 - j0);
  }
  let k = 0;
  for (let j = j0; j < j1; j++) {
    const slot = occ.slot(ctxNode(m.ctxData[j]!));
    if (slot === -1) continue;
    present[k] = j;
    presentSlot[k++] = slot;
  }
  occ.work += j1 - j0;
  return k;
}

/** Adds entity ent's occurrences to the names of nameAndIdea from the n-th on (at most MAX_NAMES); returns the new count. */
function addNames(m: CompiledMatcher, occ: Occurrences, ent: number, n: number): number {
  if (!occ.entPresent(ent)) return n;
  for (let k = m.entPatOff[ent]!; k < m.entPatOff[ent + 1]!; k++) {
    for (let i = occ.head(m.entPatData[k]!); i !== -1 && n < MAX_NAMES; i = occ.next[i]!) {
      nameTok[n] = occ.tok[i]!;
      occs[n] = i;
      roles[n] = ent;
      n++;
    }
  }
  return n;
}

/** A name and an idea of event e in one sentence (see passingMention). */
function nameAndIdea(
  m: CompiledMatcher, e: number, occ: Occurrences, page: PassingPage, judgeDates: SentenceJudge,
): WindowResult | null {
  // Its ideas first: most candidates have none on the page.
  const heads = page.heads;
  const b = e * HEAD_INTS;
  const reqGroups = heads[b + H_REQUIRED]! >>> 0;
  const ideasHere = presentIdeas(m, b, occ, heads);
  if (ideasHere === 0) return null;

  const a0 = heads[b + H_ALL]!;
  const a1 = heads[b + H_ALL_END]!;
  let n = 0;
  // A name the rule requires missing from the page: only a date in the sentence can say the event.
  let requiredMissing = false;
  for (let j = a0; j < a1; j++) {
    const ent = allEntityAt(heads, m, e, j);
    if (occ.entPresent(ent)) n = addNames(m, occ, ent, n);
    else requiredMissing = true;
  }
  for (let j = heads[b + H_ANY]!, j1 = heads[b + H_ANY_END]!; j < j1; j++) n = addNames(m, occ, m.anyData[j]!, n);
  if (n === 0) return null;
  occ.work += n;
  // Sorted by token, equal tokens in the order found: an insertion sort in place (a few names; a
  // typed array's sort costs more than that in its call alone).
  for (let k = 1; k < n; k++) {
    const t = nameTok[k]!;
    const o = occs[k]!;
    const r = roles[k]!;
    let q = k - 1;
    for (; q >= 0 && nameTok[q]! > t; q--) {
      nameTok[q + 1] = nameTok[q]!;
      occs[q + 1] = occs[q]!;
      roles[q + 1] = roles[q]!;
    }
    nameTok[q + 1] = t;
    occs[q + 1] = o;
    roles[q + 1] = r;
  }

  const near = NEAR;
  near.sentences = 0;
  near.lastStart = -1;
  near.lastEnd = -1;
  let ideas = 0;
  // Sentences without its names only for an event with ideas of two groups on the page.
  let bareOk = page.bareSentences > 0 && ideaGroupsOnPage(m, ideasHere) >= 2;
  let bare = 0;
  let bareStart = -1;
  let bareEnd = -1;
  for (let q = 0; q < ideasHere && ideas < MAX_IDEAS; q++) {
    const c = m.ctxData[present[q]!]!;
    const g = ctxGroup(c);
    // An idea the rule does not require (the White House, not the Tomahawks it is about) only with
    // the event's day written in the sentence.
    const dayOnly = reqGroups !== 0 && (g >= 32 || (reqGroups & (1 << g)) === 0);
    if (!bareOk) {
      // Only ideas within reach of a name can tell: they are found from the names, in the idea's
      // run of occurrences (searched by token), not by walking every occurrence. The same ideas,
      // in the same order, as the walk below.
      const run = occ.runAt(presentSlot[q]!);
      const end = run + Math.min(occ.countAt(presentSlot[q]!), MAX_IDEAS - ideas);
      ideas += end - run;
      occ.work += end - run;
      const toks = occ.listTok;
      let from = run;
      for (let k = 0; k < n && from < end; k++) {
        const low = nameTok[k]! - SENTENCE;
        let hi = end;
        while (from < hi) {
          const mid = (from + hi) >> 1;
          if (toks[mid]! < low) from = mid + 1;
          else hi = mid;
        }
        for (; from < end && toks[from]! <= nameTok[k]! + SENTENCE; from++) {
          const found = nearIdea(m, e, occ, page, judgeDates, occ.listOcc[from]!, toks[from]!, n, g, dayOnly, requiredMissing, a0, a1, ideasHere);
          if (found) return found;
        }
      }
      continue;
    }
    for (let i = occ.headAt(presentSlot[q]!); i !== -1 && ideas < MAX_IDEAS; i = occ.next[i]!) {
      ideas++;
      occ.work++;
      const tok = occ.tok[i]!;
      if (nameNear(tok, n) === -1) {
        // No name of the event near the idea: its ideas and its day may still say it ("the floods
        // of 4 July in Kerr County", "since the ceasefire of October and the hostages' return on
        // the 13th"): two of its groups or more, the required ones among them, and a date with
        // the day written that agrees. Judged in a few sentences of their own.
        const newSentence = !(occ.start[i]! >= bareStart && occ.start[i]! < bareEnd);
        if (newSentence && bareOk && (++bare > MAX_BARE_SENTENCES || --page.bareSentences < 0)) bareOk = false;
        if (bareOk && newSentence) {
          const bareSentence = sentenceOf(page, occ.start[i]!);
          bareStart = sentenceStart(bareSentence);
          bareEnd = sentenceEnd(bareSentence);
          // A written day has digits (or Chinese numerals); then its ideas; its dates last.
          const items = sentenceHasDigit(page, bareSentence) ? ideasIn(m, e, occ, ideasHere, bareStart, bareEnd) : [];
          if (items.length >= 2 && judgeDates(e, bareStart, bareEnd) === 'agrees-on-written-day') {
            return { groups: items.length, satisfied: items.length, items };
          }
        }
        continue;
      }
      const found = nearIdea(m, e, occ, page, judgeDates, i, tok, n, g, dayOnly, requiredMissing, a0, a1, ideasHere);
      if (found) return found;
    }
  }
  return null;
}

/** The first of the event's n names (nameTok, sorted) within SENTENCE tokens of tok, or -1. */
function nameNear(tok: number, n: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nameTok[mid]! < tok - SENTENCE) lo = mid + 1;
    else hi = mid;
  }
  return lo === n || nameTok[lo]! > tok + SENTENCE ? -1 : lo;
}

/** What nameAndIdea has judged of an event's sentences so far (reused: matchPage is not re-entrant). */
const NEAR = { sentences: 0, lastStart: -1, lastEnd: -1 };

/**
 * The sentence of idea occurrence i (of group g, at token tok) with a name of event e near it: the
 * passing mention's evidence if the sentence says the event (a date that agrees, or its required
 * names or rule within it), else null. Judges each sentence once and at most MAX_SENTENCES (NEAR).
 */
function nearIdea(
  m: CompiledMatcher, e: number, occ: Occurrences, page: PassingPage, judgeDates: SentenceJudge, i: number, tok: number,
  n: number, g: number, dayOnly: boolean, requiredMissing: boolean, a0: number, a1: number, ideasHere: number,
): WindowResult | null {
  const near = NEAR;
  // An idea in a sentence already judged adds nothing; a few sentences are enough to judge.
  if ((occ.start[i]! >= near.lastStart && occ.start[i]! < near.lastEnd) || ++near.sentences > MAX_SENTENCES) return null;
  const lo = nameNear(tok, n);
  const sentence = sentenceOf(page, occ.start[i]!);
  const s0 = sentenceStart(sentence);
  const s1 = sentenceEnd(sentence);
  near.lastStart = s0;
  near.lastEnd = s1;
  let named = false;
  for (let k = lo; k < n && nameTok[k]! <= tok + SENTENCE && !named; k++) named = occ.start[occs[k]!]! >= s0 && occ.end[occs[k]!]! <= s1;
  if (!named) return null;
  let verdict = judgeDates(e, s0, s1);
  // A page published while an event of several days lasts speaks of it in the present ("the
  // shutdown, now in its fifth week"): that day agrees as a month would.
  if (verdict === 'neutral' && ongoing(m, e, page.published)) verdict = 'agrees';
  if (verdict === 'contradicts' || (dayOnly && !onDay(verdict))) return null;
  // Without a date that agrees, the sentence needs the names the rule requires.
  if (verdict === 'neutral' && requiredMissing) return null;
  const inSentence: WindowItem[] = [];
  for (let k = lo; k < n && nameTok[k]! <= tok + SENTENCE; k++) {
    const o = occs[k]!;
    if (occ.start[o]! >= s0 && occ.end[o]! <= s1) inSentence.push({ tok: nameTok[k]!, role: roles[k]!, occ: o });
  }
  if (verdict !== 'neutral' || allRequiredNamed(m, a0, a1, inSentence) || ruleInSentence(m, e, a0, a1, inSentence, occ, ideasHere, s0, s1)) {
    const items = [...inSentence, { tok, role: contextRole(g), occ: i }].sort((x, y) => x.tok - y.tok);
    return { groups: 1, satisfied: 1, items };
  }
  return null;
}

/**
 * All the names event e requires, two or more and one of them used by few events, in one sentence
 * with a date that agrees with the event, and no idea of it: "the January shock, when DeepSeek's
 * cheap model sent Nvidia down", "after Melissa battered Jamaica in October". Looked for in the
 * sentences of its first required name's first occurrences; not for events that require an idea.
 */
function namesAndDate(
  m: CompiledMatcher, e: number, occ: Occurrences, page: PassingPage, judgeDates: SentenceJudge,
): WindowResult | null {
  const b = e * HEAD_INTS;
  const a0 = page.heads[b + H_ALL]!;
  const a1 = page.heads[b + H_ALL_END]!;
  // Not for an event that requires one of its ideas (the Tomahawks of the White House visit).
  if (a1 - a0 < 2 || page.heads[b + H_REQUIRED] !== 0) return null;
  // Every required name on the page first (cheap: the page's own table), then how many events use them.
  for (let j = a0; j < a1; j++) if (!occ.entPresent(m.allData[j]!)) return null;
  let few = false;
  for (let j = a0; j < a1; j++) few ||= m.entityEvents[m.allData[j]!]! <= FEW_EVENTS;
  if (!few) return null;
  const first = m.allData[a0]!;
  let sentences = 0;
  let lastStart = -1;
  let lastEnd = -1;
  for (let k = m.entPatOff[first]!; k < m.entPatOff[first + 1]!; k++) {
    for (let i = occ.head(m.entPatData[k]!); i !== -1; i = occ.next[i]!) {
      if (occ.start[i]! >= lastStart && occ.start[i]! < lastEnd) continue;
      if (++sentences > MAX_SENTENCES) return null;
      const sentence = sentenceOf(page, occ.start[i]!);
      const s0 = sentenceStart(sentence);
      const s1 = sentenceEnd(sentence);
      lastStart = s0;
      lastEnd = s1;
      const items: WindowItem[] = [{ tok: occ.tok[i]!, role: first, occ: i }];
      for (let j = a0 + 1; j < a1 && items.length === j - a0; j++) {
        const ent = m.allData[j]!;
        for (let q = m.entPatOff[ent]!; q < m.entPatOff[ent + 1]!; q++) {
          const o = firstIn(occ, m.entPatData[q]!, s0, s1);
          if (o !== -1) { items.push({ tok: occ.tok[o]!, role: ent, occ: o }); break; }
        }
      }
      occ.work += a1 - a0;
      if (items.length < a1 - a0) continue;
      const verdict = judgeDates(e, s0, s1);
      if (verdict === 'neutral' || verdict === 'contradicts') continue;
      return { groups: 0, satisfied: 0, items: items.sort((x, y) => x.tok - y.tok) };
    }
  }
  return null;
}

/**
 * The rule met within the sentence but for its other names: every name it requires (at least one)
 * and ideas of as many of its groups as it needs, two at least, the required ones among them
 * ("Trump celebrated the ceasefire in Gaza": Trump, ceasefire, Gaza). Reads the event's ideas
 * once more, for this sentence only.
 */
function ruleInSentence(
  m: CompiledMatcher, e: number, a0: number, a1: number, names: readonly WindowItem[], occ: Occurrences, ideasHere: number, s0: number, s1: number,
): boolean {
  for (let j = a0; j < a1; j++) if (!names.some((x) => x.role === m.allData[j]!)) return false;
  if (a1 === a0) {
    // No name required: as many of its other names as the rule wants (at least one).
    let anyNamed = 0;
    for (let j = m.anyOff[e]!; j < m.anyOff[e + 1]!; j++) if (names.some((x) => x.role === m.anyData[j]!)) anyNamed++;
    if (anyNamed < Math.max(1, m.anyMin[e]!)) return false;
  }
  return ideasIn(m, e, occ, ideasHere, s0, s1).length >= Math.max(2, m.minContext[e]!);
}

/** The sentence has all the names the rule requires, two or more, one of them used by few events ("Witkoff and Putin" meet often). */
function allRequiredNamed(m: CompiledMatcher, a0: number, a1: number, names: readonly WindowItem[]): boolean {
  if (a1 - a0 < 2) return false;
  let few = false;
  for (let j = a0; j < a1; j++) {
    const r = m.allData[j]!;
    if (!names.some((x) => x.role === r)) return false;
    if (m.entityEvents[r]! <= FEW_EVENTS) few = true;
  }
  return few;
}

/**
 * What the dates written in a sentence (text[from..to)) say of event e, for a passing mention:
 * datesVerdict, and 'agrees-on-day' when a day agrees. A month that agrees tells nothing
 * ('neutral') when an event already found on the page by its own rule (`found`, `how` 0 or OWN)
 * agrees with it as well and the sentence has a name of that event that e does not use: in "the
 * call between Witkoff and Ushakov in October, on how Putin could win Trump over", October fits
 * the 16 October Trump-Putin call as well as the 14 October call, and the sentence is about the
 * latter.
 */
export function sentenceVerdict(
  m: CompiledMatcher, e: number, dates: readonly TextDate[], published: number,
  found: readonly number[], how: readonly number[], occ: Occurrences, from: number, to: number,
): SentenceVerdict {
  const verdict = datesVerdict(dates, m.dayData, m.dayOff[e]!, m.dayOff[e + 1]!, published, 'month');
  if (verdict !== 'agrees') return verdict;
  const agreement = (ev: number, d: TextDate) => rangesAgreement(m.dayData, m.dayOff[ev]!, m.dayOff[ev + 1]!, d, published);
  const agreesWith = (ev: number, d: TextDate) => agreement(ev, d) === 'agrees';
  const agreeing = dates.filter((d) => d.precision !== 'year' && agreesWith(e, d));
  if (agreeing.some((d) => d.precision === 'day' && !d.relative)) return 'agrees-on-written-day';
  // Only a relative date agrees ("on Tuesday"), and a day written as a date does not ("the call of
  // 14 October"): the sentence says when something was told, and dates what it tells otherwise.
  if (!agreeing.some((d) => !d.relative) && dates.some((d) => d.precision === 'day' && !d.relative && agreement(e, d) === 'contradicts')) {
    return 'contradicts';
  }
  if (agreeing.some((d) => d.precision === 'day')) return 'agrees-on-day';
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f === e || how[i] === PASSING_FIND || !agreeing.some((d) => agreesWith(f, d))) continue;
    if (namesOnlyIn(m, f, e, occ, from, to)) return 'neutral';
  }
  return verdict;
}

/**
 * The event's ideas in text[s0..s1), one item per group (its first occurrence there), or none when
 * a group the rule requires is missing; from its ideas on the page (presentIdeas, `ideasHere` of
 * them). (An event has at most 32 groups: LIMITS.contextGroups.)
 */
function ideasIn(m: CompiledMatcher, e: number, occ: Occurrences, ideasHere: number, s0: number, s1: number): WindowItem[] {
  const items: WindowItem[] = [];
  let groups = 0; // bits of the groups seen
  for (let q = 0; q < ideasHere; q++) {
    const g = ctxGroup(m.ctxData[present[q]!]!);
    if ((groups & (1 << g)) !== 0) continue;
    occ.work++;
    const o = firstFrom(occ, occ.headAt(presentSlot[q]!), s0, s1);
    if (o === -1) continue;
    groups |= 1 << g;
    items.push({ tok: occ.tok[o]!, role: contextRole(g), occ: o });
  }
  const required = m.requiredGroups[e]!;
  if ((groups & required) !== required) return [];
  return items.sort((x, y) => x.tok - y.tok);
}

/** The first occurrence of pattern `node` within text[from..to), or -1 (occurrences are in page order). */
const firstIn = (occ: Occurrences, node: number, from: number, to: number): number => firstFrom(occ, occ.head(node), from, to);

/** The first occurrence within text[from..to) of the pattern whose first occurrence is `first`, or -1. */
function firstFrom(occ: Occurrences, first: number, from: number, to: number): number {
  for (let i = first; i !== -1 && occ.start[i]! < to; i = occ.next[i]!) if (occ.start[i]! >= from && occ.end[i]! <= to) return i;
  return -1;
}

/** Has text[from..to) a digit, or a Chinese numeral before 月 (a date can be written there)? */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x6708) return true;
    if (c < 0x660) continue;
    // Arabic-Indic and Persian digits; the digits of each Indic script (offsets 0x66-0x6f of its block); full-width digits.
    if ((c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0xff10 && c <= 0xff19)) return true;
    if (c >= 0x900 && c < 0xe00 && (c & 0x7f) >= 0x66 && (c & 0x7f) <= 0x6f) return true;
  }
  return false;
}

/** How many context groups the event's ideas on the page (presentIdeas, `ideasHere` of them) are of (at most 2 counted). */
function ideaGroupsOnPage(m: CompiledMatcher, ideasHere: number): number {
  const first = ideasHere > 0 ? ctxGroup(m.ctxData[present[0]!]!) : -1;
  for (let q = 1; q < ideasHere; q++) if (ctxGroup(m.ctxData[present[q]!]!) !== first) return 2;
  return first === -1 ? 0 : 1;
}


/** How match-page marks an event found only by a passing mention (beside `found`). */
export const PASSING_FIND = 1;

/**
 * Does text[from..to) carry a name of event f that event e does not use: one its rule requires, or
 * with none required, one of its others (Ushakov, for the Witkoff-Ushakov call against the
 * Trump-Putin call, even where the sentence says "he" for Witkoff)?
 */
function namesOnlyIn(m: CompiledMatcher, f: number, e: number, occ: Occurrences, from: number, to: number): boolean {
  const usedByE = (ent: number) => {
    for (let j = m.allOff[e]!; j < m.allOff[e + 1]!; j++) if (m.allData[j] === ent) return true;
    for (let j = m.anyOff[e]!; j < m.anyOff[e + 1]!; j++) if (m.anyData[j] === ent) return true;
    return false;
  };
  const inSpan = (ent: number) => {
    for (let k = m.entPatOff[ent]!; k < m.entPatOff[ent + 1]!; k++) if (firstIn(occ, m.entPatData[k]!, from, to) !== -1) return true;
    return false;
  };
  const required = m.allOff[f + 1]! > m.allOff[f]!;
  const names = required ? m.allData : m.anyData;
  const [o0, o1] = required ? [m.allOff[f]!, m.allOff[f + 1]!] : [m.anyOff[f]!, m.anyOff[f + 1]!];
  for (let j = o0; j < o1; j++) if (!usedByE(names[j]!) && inSpan(names[j]!)) return true;
  return false;
}
