/**
 * What the popup shows as the reason for a match: the words on the page (with their offsets in
 * the page text, for highlighting) that satisfied the event's rule or are its phrases. URL
 * evidence (page-url, link) is made in match-page.ts, where the URLs are compared.
 */
import type { CompiledMatcher } from './compile';
import type { Occurrences, PhraseSummary } from './occurrences';
import type { Evidence } from './types';
import { roleGroup, type WindowItem, type WindowResult } from './window-rule';

/** At most this many different phrase texts are shown per event (all of them count for the score). */
const MAX_PHRASE_EVIDENCE = 3;

/** Evidence for the best window: each entity name and each context group once, in page order. */
export function windowEvidence(m: CompiledMatcher, w: WindowResult, occ: Occurrences, text: string): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  // A name inside a longer name of the same entity ("Witkoff" in "Steve Witkoff") is not shown twice.
  const inside = (it: WindowItem) => w.items.some((o) => o !== it && o.role === it.role
    && occ.start[o.occ]! <= occ.start[it.occ]! && occ.end[o.occ]! >= occ.end[it.occ]!
    && occ.end[o.occ]! - occ.start[o.occ]! > occ.end[it.occ]! - occ.start[it.occ]!);
  for (const it of w.items) {
    const start = occ.start[it.occ]!;
    const end = occ.end[it.occ]!;
    const t = text.slice(start, end);
    if (it.role >= 0) {
      if (inside(it)) continue;
      const key = `e${it.role}:${t.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind: 'entity', entity: m.entityIds[it.role]!, text: t, start, end });
    } else {
      const group = roleGroup(it.role);
      const key = `c${group}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind: 'context', group, text: t, start, end });
    }
  }
  return out;
}

/** A phrase pattern's occurrences on the page, summed up once however many events share it. */
function summary(node: number, occ: Occurrences, text: string): PhraseSummary {
  const map = occ.phrases;
  let s = map.get(node);
  if (s) return s;
  s = { count: 0, picks: [], lower: [], texts: [] };
  for (let i = occ.head(node); i !== -1; i = occ.next[i]!) {
    s.count++;
    if (s.picks.length >= MAX_PHRASE_EVIDENCE) continue;
    const written = text.slice(occ.start[i]!, occ.end[i]!);
    const t = written.toLowerCase();
    if (s.lower.includes(t)) continue;
    s.picks.push(i);
    s.lower.push(t);
    s.texts.push(written);
  }
  occ.work += s.count;
  map.set(node, s);
  return s;
}

/**
 * Phrase occurrences of event e: how many there are (for phraseScore) and the evidence for the
 * first few different texts (case-insensitively), in page order. Each phrase pattern is summed
 * up once per page (summary); an event only merges its patterns' few picks.
 */
export function phraseEvidence(m: CompiledMatcher, e: number, occ: Occurrences, text: string): { count: number; evidence: Evidence[] } {
  const p0 = m.phrOff[e]!;
  const p1 = m.phrOff[e + 1]!;
  if (p1 - p0 === 1) {
    // One phrase (most events that have any; the 20k events of a crowded page): its summary's
    // picks are already its evidence, different and in page order.
    const s = summary(m.phrData[p0]!, occ, text);
    const evidence: Evidence[] = [];
    for (let k = 0; k < s.picks.length; k++) {
      const i = s.picks[k]!;
      evidence.push({ kind: 'phrase', text: s.texts[k]!, start: occ.start[i]!, end: occ.end[i]! });
    }
    return { count: s.count, evidence };
  }
  let count = 0;
  const picks: { i: number; lower: string; text: string; order: number }[] = [];
  for (let j = p0; j < p1; j++) {
    const s = summary(m.phrData[j]!, occ, text);
    count += s.count;
    s.picks.forEach((i, k) => picks.push({ i, lower: s.lower[k]!, text: s.texts[k]!, order: occ.hit[i]! * 8192 + (j - p0) }));
  }
  if (picks.length > 1) picks.sort((a, b) => a.order - b.order);
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const p of picks) {
    if (seen.has(p.lower) || seen.size >= MAX_PHRASE_EVIDENCE) continue;
    seen.add(p.lower);
    const i = p.i;
    evidence.push({ kind: 'phrase', text: p.text, start: occ.start[i]!, end: occ.end[i]! });
  }
  return { count, evidence };
}
