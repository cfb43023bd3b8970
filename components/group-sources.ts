/** Groups an event's sources by kind in reading order (pure). */
import type { Source, SourceKind } from '@/lib/index-format/types';

/** The order a reader wants: who broke it, the documents, who reacted, who checked, who explained, the rest. */
export const SOURCE_KIND_ORDER: readonly SourceKind[] = [
  'original',
  'primary',
  'reaction',
  'factcheck',
  'analysis',
  'coverage',
];

export interface SourceGroup {
  kind: SourceKind;
  sources: Source[];
}

/** Non-empty groups in SOURCE_KIND_ORDER; within a group the index's own order is kept. */
export function groupSources(sources: readonly Source[]): SourceGroup[] {
  return SOURCE_KIND_ORDER.map((kind) => ({ kind, sources: sources.filter((s) => s.kind === kind) })).filter(
    (group) => group.sources.length > 0,
  );
}
