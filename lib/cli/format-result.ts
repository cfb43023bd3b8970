/** The JSON line the scan CLI prints for one file. */
import type { IndexDocument, SourceKind } from '../index-format/types';
import type { EventMatch, Evidence, Prominence } from '../matcher/types';
import { byProminence } from '../matcher/prominence';

export interface ScanEvent {
  id: string;
  title: string;
  /** 0..1, two decimals. */
  score: number;
  /** "main": the page is about it; "mention": the page names it. Main events come first. */
  prominence: Prominence;
  evidence: Evidence[];
  sources: { url: string; outlet: string; kind: SourceKind }[];
}

export interface ScanLine {
  file: string;
  events: ScanEvent[];
}

export function formatResult(file: string, matches: EventMatch[], index: IndexDocument): ScanLine {
  const byId = new Map(index.events.map((e) => [e.id, e]));
  const sorted = [...matches].sort(byProminence);
  return {
    file,
    events: sorted.map((m) => {
      const event = byId.get(m.id);
      return {
        id: m.id,
        title: event?.title ?? m.id,
        score: Math.round(m.score * 100) / 100,
        prominence: m.prominence,
        evidence: m.evidence,
        sources: (event?.sources ?? []).map((s) => ({ url: s.url, outlet: s.outlet, kind: s.kind })),
      };
    }),
  };
}
