/**
 * What the popup shows as the reason for a match: the words on the page (with their offsets in
 * the page text, for highlighting) that satisfied the event's rule or are its phrases. URL
 * evidence (page-url, link) is made in match-page.ts, where the URLs are compared.
 */
import type { CompiledMatcher } from './compile';
import type { Occurrences } from './occurrences';
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

/**
 * Phrase occurrences of event e: how many there are (for phraseScore) and the evidence for the
 * first few different texts (case-insensitively), in page order.
 */
export function phraseEvidence(e: number, occ: Occurrences, text: string): { count: number; evidence: Evidence[] } {
  let count = 0;
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (let i = occ.phrHead(e); i !== -1; i = occ.next[i]!) {
    count++;
    const t = text.slice(occ.start[i]!, occ.end[i]!);
    if (seen.has(t.toLowerCase()) || seen.size >= MAX_PHRASE_EVIDENCE) continue;
    seen.add(t.toLowerCase());
    evidence.push({ kind: 'phrase', text: t, start: occ.start[i]!, end: occ.end[i]! });
  }
  return { count, evidence };
}
