/**
 * The pipeline for one page (README.md here has the map): scan the text for index words, collect
 * pattern occurrences, find the candidate events, drop those the page predates, apply each rule
 * (window-rule.ts), gather evidence and combine scores.
 */
import { collectOccurrences } from './collect-occurrences';
import type { CompiledMatcher } from './compile';
import { NO_DATE, predatesEvent, toDayNumber } from './dates';
import { endingTrieFor } from './endings';
import { stringIds } from './key-ids';
import { phraseEvidence, windowEvidence } from './evidence';
import { allEntitiesPresent, eventHeads, firstCandidate, H_VISIBLE_FROM, HEAD_INTS, newPageStamp, phrasePresent } from './event-heads';
import { Hits, scanText } from './scan';
import { LINK_SCORE, phraseScore, REPORT_THRESHOLD, windowScore } from './score';
import type { EventMatch, Evidence, PageInput } from './types';
import { articleKey, sameSite } from '../url/identity';
import { bestWindow } from './window-rule';
import { MENTION_SCORE, newPassingPage, PASSING_FIND, passingMention, sentenceVerdict, type SentenceJudge } from './passing-mention';
import { findDates, type TextDate } from './text-dates';
import { hasFollowUpCue } from './follow-up';
import { byProminence, decideProminence } from './prominence';
import { layoutOf, mayBeMain, NO_TITLE, PagePlaces, prominenceFeatures, readTitle, type TextLayout } from './prominence-features';

const MAX_LINKS = 2000;
/** Candidates per page checked for a passing mention. */
const MAX_PASSING_TRIES = 256;
/** Found events whose place on the page is measured (the best by score); the others are mentions. */
const MAX_WEIGHED = 64;
const PASSING = PASSING_FIND;
const OWN = 2;
/** Characters of the title read (a title longer than this is not a headline). */
const MAX_TITLE = 400;
/** The first paragraph of at least this many characters is the one under the headline (kickers, bylines are shorter). */
const FIRST_PARAGRAPH = 60;

/** The text's first real paragraph other than the headline, at most MAX_TITLE characters. */
function firstParagraph(text: string, layout: TextLayout, title: string): string {
  for (let k = 0; k < layout.starts.length; k++) {
    const end = k + 1 < layout.starts.length ? layout.starts[k + 1]! - 2 : text.length;
    const para = text.slice(layout.starts[k], end).trim();
    if (para.length >= FIRST_PARAGRAPH && !title.split('\n').some((line) => line.trim() === para)) return para.slice(0, MAX_TITLE);
  }
  return '';
}
/** Indexes of the k best events found by score, the first found among equals (0 < k < found.length). */
export function bestByScore(out: readonly EventMatch[], k: number): Set<number> {
  // The k-th best score, from a min-heap of the best k so far (O(n log k); 20,000 equal scores: O(n)).
  const heap = new Float64Array(k);
  for (let i = 0; i < k; i++) heap[i] = out[i]!.score;
  const sift = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < k && heap[l]! < heap[least]!) least = l;
      if (r < k && heap[r]! < heap[least]!) least = r;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least]!, heap[i]!];
      i = least;
    }
  };
  for (let i = (k >> 1) - 1; i >= 0; i--) sift(i);
  for (let i = k; i < out.length; i++) {
    if (out[i]!.score <= heap[0]!) continue;
    heap[0] = out[i]!.score;
    sift(0);
  }
  const cut = heap[0]!;
  const best = new Set<number>();
  for (let i = 0; i < out.length; i++) if (out[i]!.score > cut) best.add(i);
  for (let i = 0; i < out.length && best.size < k; i++) if (out[i]!.score === cut) best.add(i);
  return best;
}

/** Reused between scans (matchPage is synchronous and single-threaded). */
const sharedHits = new Hits();

interface SourcesByUrl {
  /** Event indexes whose sources include the article key. */
  get(key: string): readonly number[] | undefined;
}

/**
 * Event indexes by article key (built on first use, then cached). A KeyIds, not a Map: a served
 * 100k-event feed has 100k source keys, and every live string a Map has hashed lengthens each
 * major GC's pause in Chromium's V8 (key-ids.ts).
 */
const urlMaps = new WeakMap<CompiledMatcher, SourcesByUrl>();
function sourcesByUrl(m: CompiledMatcher): SourcesByUrl {
  let found = urlMaps.get(m);
  if (!found) {
    const keys = stringIds();
    const lists: number[][] = [];
    m.sourceUrls.forEach((u, i) => {
      (lists[keys.add(u)] ??= []).push(m.sourceEvent[i]!);
    });
    found = {
      get(key) {
        const k = keys.idOf(key);
        return k < 0 ? undefined : lists[k];
      },
    };
    urlMaps.set(m, found);
  }
  return found;
}

/** Which known events does this page mention? Main events first, then by score (prominence.ts). */
export function matchPage(m: CompiledMatcher, page: PageInput): EventMatch[] {
  const text = page.text ?? '';
  const endings = endingTrieFor(page.lang);
  // The headline first, on its own: what it names tells what the page is about (prominence).
  let title = NO_TITLE;
  if (page.title) {
    sharedHits.n = 0;
    title = readTitle(collectOccurrences(m, scanText(m, page.title.slice(0, MAX_TITLE), sharedHits, endings)));
  }
  sharedHits.n = 0;
  const hits = scanText(m, text, sharedHits, endings);
  const occ = collectOccurrences(m, hits);

  const pageUrlEvents = new Map<number, string>();
  const linkEvents = new Map<number, string>();
  if (m.sourceUrls.length > 0) {
    const byUrl = sourcesByUrl(m);
    // The page is a source when its address is one, or the address it names as its own
    // (canonical) on the same site: a page cannot make itself another site's article by saying so.
    // A canonical on another site is at most a link to it.
    const canonical = page.canonicalUrl;
    const refines = page.url !== undefined && canonical !== undefined && sameSite(page.url, canonical);
    const own = new Set<string>();
    for (const url of refines ? [page.url, canonical] : [page.url]) {
      const key = url ? articleKey(url) : null;
      if (!key) continue;
      own.add(key);
      for (const e of byUrl.get(key) ?? []) if (!pageUrlEvents.has(e)) pageUrlEvents.set(e, url!);
    }
    const links = (page.links ?? []).slice(0, MAX_LINKS);
    if (canonical !== undefined && !refines) links.unshift(canonical);
    for (const link of links) {
      const u = articleKey(link);
      const events = u ? byUrl.get(u) : undefined;
      if (events && !own.has(u!)) for (const e of events) if (!linkEvents.has(e)) linkEvents.set(e, link);
    }
  }

  // Candidates, each once: events with a phrase or an entity-less rule's term on the page, events
  // whose anchor entity occurs (their rule cannot hold otherwise), and events whose sources the
  // page is or links to.
  const candidates: number[] = [];
  const heads = eventHeads(m);
  const stamp = newPageStamp(heads);
  const consider = (e: number) => { if (firstCandidate(heads, e, stamp)) candidates.push(e); };
  for (const e of occ.touched) consider(e);
  for (const ent of occ.entities) for (let j = m.anchorOff[ent]!; j < m.anchorOff[ent + 1]!; j++) consider(m.anchorData[j]!);
  for (const e of pageUrlEvents.keys()) consider(e);
  for (const e of linkEvents.keys()) consider(e);
  occ.work += candidates.length;

  const published = toDayNumber(page.published);
  const out: EventMatch[] = [];
  let passingTries = 0;
  const found: number[] = [];
  const foundHow: number[] = []; // PASSING, OWN or 0, beside `found`
  const dateOpts = { lang: page.lang, published };
  // A sentence's dates (for a passing mention) are read once, however many events it is judged for.
  const sentenceDates = new Map<number, TextDate[]>();
  const datesIn = (from: number, to: number) => {
    let dates = sentenceDates.get(from);
    if (!dates) sentenceDates.set(from, (dates = findDates(text, from, to, dateOpts)));
    return dates;
  };
  const judge: SentenceJudge = (e, from, to) => sentenceVerdict(m, e, datesIn(from, to), published, found, foundHow, occ, from, to);
  // Events whose rule is not met, judged for a passing mention after the others are known.
  const passingCandidates: number[] = [];
  const dated = published !== NO_DATE;
  const passingPage = newPassingPage(text, heads, published);
  for (const e of candidates) {
    if (dated && predatesEvent(published, heads[e * HEAD_INTS + H_VISIBLE_FROM]!)) continue;
    const w = allEntitiesPresent(heads, m, e, occ) ? bestWindow(m, e, occ) : null;
    const phrase = phrasePresent(heads, m, e, occ);
    const link = linkEvents.size > 0 ? linkEvents.get(e) : undefined;
    const own = pageUrlEvents.size > 0 ? pageUrlEvents.get(e) : undefined;
    if (!w && !phrase && !link && !own) {
      // Most candidates: their rule is not met. Some are named in passing (looked for in a
      // bounded number of them: on a page that names thousands of events' people, the rule's
      // finds are what matters).
      if (++passingTries <= MAX_PASSING_TRIES) passingCandidates.push(e);
      continue;
    }
    // Each evidence list is made for this event: the first one is taken as it is.
    let evidence: Evidence[] = [];
    let miss = 1;
    if (w) {
      miss *= 1 - windowScore(w, m.minContext[e]!);
      evidence = windowEvidence(m, w, occ, text);
    }
    if (phrase) {
      const phrases = phraseEvidence(m, e, occ, text);
      if (evidence.length === 0) evidence = phrases.evidence;
      else evidence.push(...phrases.evidence);
      miss *= 1 - phraseScore(phrases.count);
    }
    if (link) {
      miss *= 1 - LINK_SCORE;
      evidence.push({ kind: 'link', url: link });
    }
    if (own) evidence.push({ kind: 'page-url', url: own });
    const score = own ? 1 : Math.min(0.99, 1 - miss);
    if (score >= REPORT_THRESHOLD) {
      out.push({ id: m.eventIds[e]!, score, prominence: 'mention', evidence });
      found.push(e);
      foundHow.push(own !== undefined ? OWN : 0);
    }
  }
  for (const e of passingCandidates) {
    const passing = passingMention(m, e, occ, passingPage, judge);
    if (!passing) continue;
    out.push({ id: m.eventIds[e]!, score: MENTION_SCORE, prominence: 'mention', evidence: windowEvidence(m, passing, occ, text) });
    found.push(e);
    foundHow.push(PASSING);
  }
  if (out.length === 0) return out; // most pages: nothing more to measure

  const layout = layoutOf(text);
  // Where each event stands on the page, measured for the events that can be main (named in the
  // headline or the lead, or the page is their source), among the best MAX_WEIGHED by score: a
  // page is about a few events at most, and a hostile index found 20,000 times must not cost
  // 20,000 measurements. The others are mentions.
  const places = new PagePlaces(occ, layout);
  const weighed = out.length > MAX_WEIGHED ? bestByScore(out, MAX_WEIGHED) : null;
  const measured: number[] = [];
  for (let i = 0; i < found.length; i++) {
    if (weighed !== null && !weighed.has(i)) continue;
    if (foundHow[i] === OWN || (foundHow[i] !== PASSING && mayBeMain(m, found[i]!, title, places))) measured.push(i);
  }
  if (measured.length === 0) return out.sort(byProminence); // no event can be main
  // Dates of the headline and the lead: the page's own news.
  const headDates = [
    ...(page.title ? findDates(page.title, 0, Math.min(page.title.length, MAX_TITLE), dateOpts) : []),
    ...findDates(text, 0, layout.leadEnd, dateOpts),
  ];
  // The headline and the first paragraph under it may announce a later development of a story.
  const followUp = hasFollowUpCue(`${(page.title ?? '').slice(0, MAX_TITLE)}\n${firstParagraph(text, layout, page.title ?? '')}`, page.lang);
  const features = measured.map((i) => prominenceFeatures(m, found[i]!, occ, title, places, layout.starts.length, foundHow[i] === OWN, published, headDates, followUp));
  const prominence = decideProminence(features);
  measured.forEach((i, k) => {
    if (prominence[k] === 'main') out[i]!.prominence = 'main';
  });
  return out.sort(byProminence);
}
