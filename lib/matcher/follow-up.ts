/**
 * Does a headline announce a later development of a story? ("Louvre: two suspects charged",
 * "Le Pen's appeal trial opens", "A year after the crash, families wait".) The cues
 * (follow-up-cues.json, by language) are matched the way an index's phrases are: the words are
 * compiled once into a matcher of their own and the headline is scanned with it, so folding,
 * endings and scripts behave exactly as for event names.
 */
import cueData from './follow-up-cues.json';
import { collectOccurrences } from './collect-occurrences';
import { compileIndex, type CompiledMatcher } from './compile';
import { endingTrieFor } from './endings';
import { Hits, scanText } from './scan';
import type { IndexDocument } from '../index-format/types';

let cues: CompiledMatcher | null = null;
const hits = new Hits();

/** The cues as a one-event matcher whose phrases are the cues (compiled on first use). */
function cueMatcher(): CompiledMatcher {
  if (cues) return cues;
  const phrases = [...new Set(Object.values(cueData.cues as Record<string, string[]>).flat())];
  const doc: IndexDocument = {
    format: 'backstory-index', formatVersion: 1, version: 1, title: 'follow-up cues', publisher: { name: 'Backstory' },
    generated: '2025-01-01T00:00:00Z', expires: '2099-01-01T00:00:00Z', entities: [],
    events: [{ id: 'follow-up', title: 'follow-up', summary: '', dates: { start: '2025-01-01' }, match: { all: [], context: [], phrases }, sources: [] }],
  };
  cues = compileIndex(doc);
  return cues;
}

/** True when `headline` has a follow-up cue. */
export function hasFollowUpCue(headline: string, lang?: string): boolean {
  if (headline === '') return false;
  const m = cueMatcher();
  hits.n = 0;
  return collectOccurrences(m, scanText(m, headline, hits, endingTrieFor(lang))).touched.length > 0;
}
