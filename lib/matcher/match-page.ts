import type { CompiledMatcher } from './compile';
import { NO_DATE, toDayNumber } from './dates';
import { endingTrieFor } from './endings';
import { Hits, scanText } from './scan';
import {
  bestWindow, collectOccurrences, LINK_SCORE, phraseScore, REPORT_THRESHOLD, windowEvidence, windowScore,
} from './score';
import type { EventMatch, Evidence, PageInput } from './types';
import { articleKey } from '../url/identity';

/** Dates on pages and in the index are calendar days in unknown time zones: allow one day. */
const DATE_SLACK_DAYS = 1;
const MAX_LINKS = 2000;
/** Reused between scans (matchPage is synchronous and single-threaded). */
const sharedHits = new Hits();

/** Event indexes whose sources include each article key (built on first use, then cached). */
const urlMaps = new WeakMap<CompiledMatcher, Map<string, number[]>>();
function sourcesByUrl(m: CompiledMatcher): Map<string, number[]> {
  let map = urlMaps.get(m);
  if (!map) {
    map = new Map();
    m.sourceUrls.forEach((u, i) => {
      const list = map!.get(u);
      const ev = m.sourceEvent[i]!;
      if (list) list.push(ev);
      else map!.set(u, [ev]);
    });
    urlMaps.set(m, map);
  }
  return map;
}

/** Which known events does this page mention? Sorted by score, best first. */
export function matchPage(m: CompiledMatcher, page: PageInput): EventMatch[] {
  const text = page.text ?? '';
  sharedHits.n = 0;
  const hits = scanText(m, text, sharedHits, endingTrieFor(page.lang));
  const occ = collectOccurrences(m, hits);

  const pageUrlEvents = new Map<number, string>();
  const linkEvents = new Map<number, string>();
  if (m.sourceUrls.length > 0) {
    const byUrl = sourcesByUrl(m);
    // The page is a source when its address or the address it names as its own is one.
    const own = new Set<string>();
    for (const url of [page.url, page.canonicalUrl]) {
      const key = url ? articleKey(url) : null;
      if (!key) continue;
      own.add(key);
      for (const e of byUrl.get(key) ?? []) if (!pageUrlEvents.has(e)) pageUrlEvents.set(e, url!);
    }
    for (const link of (page.links ?? []).slice(0, MAX_LINKS)) {
      const u = articleKey(link);
      if (u && !own.has(u)) for (const e of byUrl.get(u) ?? []) if (!linkEvents.has(e)) linkEvents.set(e, link);
    }
  }

  const candidates = new Set<number>([...occ.touched, ...pageUrlEvents.keys(), ...linkEvents.keys()]);
  // Rules that need no context term are candidates as soon as one of their names occurs.
  for (const ent of occ.entities) {
    for (let j = m.entEvOff[ent]!; j < m.entEvOff[ent + 1]!; j++) {
      const e = m.entEvData[j]!;
      if (m.minContext[e] === 0) candidates.add(e);
    }
  }

  const published = toDayNumber(page.published);
  const out: EventMatch[] = [];
  for (const e of candidates) {
    if (published !== NO_DATE && m.visibleFrom[e]! !== NO_DATE && m.visibleFrom[e]! > published + DATE_SLACK_DAYS) continue;
    const evidence: Evidence[] = [];
    let miss = 1;
    const w = bestWindow(m, e, occ);
    if (w) {
      miss *= 1 - windowScore(w, m.minContext[e]!);
      evidence.push(...windowEvidence(m, w, occ, text));
    }
    if (occ.phrHead(e) !== -1) {
      let count = 0;
      const seen = new Set<string>();
      for (let i = occ.phrHead(e); i !== -1; i = occ.next[i]!) {
        count++;
        const t = text.slice(occ.start[i]!, occ.end[i]!);
        if (seen.has(t.toLowerCase()) || seen.size >= 3) continue;
        seen.add(t.toLowerCase());
        evidence.push({ kind: 'phrase', text: t, start: occ.start[i]!, end: occ.end[i]! });
      }
      miss *= 1 - phraseScore(count);
    }
    const link = linkEvents.get(e);
    if (link) {
      miss *= 1 - LINK_SCORE;
      evidence.push({ kind: 'link', url: link });
    }
    const own = pageUrlEvents.get(e);
    if (own) evidence.push({ kind: 'page-url', url: own });
    const score = own ? 1 : Math.min(0.99, 1 - miss);
    if (score >= REPORT_THRESHOLD) out.push({ id: m.eventIds[e]!, score, evidence });
  }
  out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return out;
}
