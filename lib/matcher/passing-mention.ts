/**
 * Events named in passing: "two days after Witkoff's 14 October call with Ushakov", "since
 * Marine Le Pen's conviction". The event's rule is not met (one idea, not two; one sentence), but
 * its names and one of its ideas stand together in a sentence. That alone also fits pages that
 * merely share the event's people or places, so it counts only
 *  - when a date written in that sentence agrees with the event's dates, or
 *  - when a name the rule requires, of a person or an organisation that no other event's rule
 *    names (not a place: "Texas floods" are not always July's), stands right beside the idea, as
 *    a name for the event does ("Bolsonaro's conviction", "Mamdani's victory"),
 * and never when a date there contradicts the event's.
 */
import { ENTITY_KINDS, type CompiledMatcher } from './compile';
import type { DateVerdict } from './date-agreement';
import type { Occurrences } from './occurrences';
import { bestWindow, type WindowItem, type WindowResult } from './window-rule';

/** A sentence ends between two words (full stops of Latin, CJK, Devanagari, Arabic scripts; paragraph breaks). */
const SENTENCE_END = /[.!?。！？।؟]\s|\n/u;

/** Tokens: about a sentence. */
export const SENTENCE = 16;
/** An entity's name and an idea this close (tokens) read as one name for the event. */
const ADJACENT = 3;
/** A name used by more events than this does not tell which one the sentence means. */
const SPECIFIC_MAX_EVENTS = 1;
/** Score of a passing mention (reported: at least REPORT_THRESHOLD). */
export const MENTION_SCORE = 0.55;

export type { DateVerdict } from './date-agreement';

/** The window of a passing mention of event e, or null. `datesOf` judges the dates written around a window. */
export function passingMention(
  m: CompiledMatcher, e: number, occ: Occurrences, text: string, datesOf: (w: WindowResult) => DateVerdict,
): WindowResult | null {
  const w = bestWindow(m, e, occ, SENTENCE, 1);
  if (!w) return null;
  const verdict = datesOf(w);
  if (verdict === 'contradicts') return null;
  if (verdict === 'agrees') return w;
  // The name beside the idea must be one the rule requires (any of its others when it requires none).
  const required = new Set<number>();
  const [l0, l1, list] = m.allOff[e + 1]! > m.allOff[e]! ? [m.allOff[e]!, m.allOff[e + 1]!, m.allData] : [m.anyOff[e]!, m.anyOff[e + 1]!, m.anyData];
  for (let j = l0; j < l1; j++) required.add(list[j]!);
  for (const it of w.items) {
    if (!required.has(it.role) || m.entityEvents[it.role]! > SPECIFIC_MAX_EVENTS || ENTITY_KINDS[m.entityKind[it.role]!] === 'place') continue;
    const beside = (o: WindowItem) => o.role < 0 && Math.abs(o.tok - it.tok) <= ADJACENT
      && !SENTENCE_END.test(text.slice(Math.min(occ.end[o.occ]!, occ.end[it.occ]!), Math.max(occ.start[o.occ]!, occ.start[it.occ]!)));
    if (w.items.some(beside)) return w;
  }
  return null;
}
