/** The JSON line the scan CLI prints for one file. */
import type { IndexDocument, SourceKind } from '../index-format/types';
import type { EventMatch, Evidence } from '../matcher/types';

export interface ScanEvent {
  id: string;
  title: string;
  /** 0..1, two decimals. */
  score: number;
  evidence: Evidence[];
  sources: { url: string; outlet: string; kind: SourceKind }[];
}

export interface ScanLine {
  file: string;
  events: ScanEvent[];
}

export function formatResult(file: string, matches: EventMatch[], index: IndexDocument): ScanLine {
  const byId = new Map(index.events.map((e) => [e.id, e]));
  const sorted = [...matches].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    file,
    events: sorted.map((m) => {
      const event = byId.get(m.id);
      return {
        id: m.id,
        title: event?.title ?? m.id,
        score: Math.round(m.score * 100) / 100,
        evidence: m.evidence,
        sources: (event?.sources ?? []).map((s) => ({ url: s.url, outlet: s.outlet, kind: s.kind })),
      };
    }),
  };
}
