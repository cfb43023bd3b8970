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
import { ctxGroup, ctxNode, type CompiledMatcher } from './compile';
import type { DateVerdict } from './date-agreement';
import type { Occurrences } from './occurrences';
import { contextRole, type WindowItem, type WindowResult } from './window-rule';

/** Tokens: at most this far apart, a name and an idea may be in one sentence. */
export const SENTENCE = 24;
/** Characters looked at on each side of an idea for its sentence's ends. */
const SENTENCE_CHARS = 320;
/** A name used by at most this many events helps tell which one a sentence naming all of an event's required names means. */
const FEW_EVENTS = 2;
/** Ideas of one event looked at per page (a word repeated all over a long page is not a passing mention). */
const MAX_IDEAS = 64;
/** Score of a passing mention (reported: at least REPORT_THRESHOLD). */
export const MENTION_SCORE = 0.55;

/** A sentence ends between two words (full stops of Latin, CJK, Indic and Arabic scripts; line breaks). */
const SENTENCE_END = /[.!?。！？।؟]\s|\n/u;

export type { DateVerdict } from './date-agreement';

/** Offsets [start, end) of the sentence around text[at]. */
export function sentenceAround(text: string, at: number): [number, number] {
  const lo = Math.max(0, at - SENTENCE_CHARS);
  const before = text.slice(lo, at);
  let start = lo;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (c === '\n' || ('.!?。！？।؟'.includes(c) && /\s/u.test(before[i + 1] ?? ' '))) { start = lo + i + 1; break; }
  }
  const after = text.slice(at, at + SENTENCE_CHARS);
  const m = SENTENCE_END.exec(after);
  return [start, m ? at + m.index + 1 : Math.min(text.length, at + SENTENCE_CHARS)];
}

/**
 * The evidence of a passing mention of event e (a name and an idea in one sentence), or null.
 * `judgeDates(from, to)` says whether the dates written in text[from, to) fit the event.
 */
export function passingMention(
  m: CompiledMatcher, e: number, occ: Occurrences, text: string, judgeDates: (from: number, to: number) => DateVerdict,
): WindowResult | null {
  const a0 = m.allOff[e]!;
  const a1 = m.allOff[e + 1]!;
  const required = new Set<number>(); // the names the rule requires (its `any` names when it requires none)
  const names: WindowItem[] = [];
  const addNames = (ent: number) => {
    for (let k = m.entPatOff[ent]!; k < m.entPatOff[ent + 1]!; k++) {
      for (let i = occ.head(m.entPatData[k]!); i !== -1; i = occ.next[i]!) names.push({ tok: occ.tok[i]!, role: ent, occ: i });
    }
  };
  for (let j = a0; j < a1; j++) { required.add(m.allData[j]!); addNames(m.allData[j]!); }
  for (let j = m.anyOff[e]!; j < m.anyOff[e + 1]!; j++) {
    if (a1 === a0) required.add(m.anyData[j]!);
    addNames(m.anyData[j]!);
  }
  if (names.length === 0) return null;
  const reqGroups = m.requiredGroups[e]!;
  let ideas = 0;
  for (let j = m.ctxOff[e]!, je = m.ctxOff[e + 1]!; j < je && ideas < MAX_IDEAS; j++) {
    const c = m.ctxData[j]!;
    const g = ctxGroup(c);
    if (reqGroups !== 0 && (g >= 32 || (reqGroups & (1 << g)) === 0)) continue;
    for (let i = occ.head(ctxNode(c)); i !== -1 && ideas < MAX_IDEAS; i = occ.next[i]!) {
      ideas++;
      occ.work++;
      const idea: WindowItem = { tok: occ.tok[i]!, role: contextRole(g), occ: i };
      const near = names.filter((n) => Math.abs(n.tok - idea.tok) <= SENTENCE);
      if (near.length === 0) continue;
      const [s0, s1] = sentenceAround(text, occ.start[i]!);
      const inSentence = near.filter((n) => occ.start[n.occ]! >= s0 && occ.end[n.occ]! <= s1);
      if (inSentence.length === 0) continue;
      const verdict = judgeDates(s0, s1);
      if (verdict === 'contradicts') continue;
      const present = new Set(inSentence.map((n) => n.role));
      // All the names it requires, one of them used by few events ("Witkoff and Putin" meet often).
      const allNamed = a1 - a0 >= 2 && [...required].every((r) => present.has(r))
        && [...required].some((r) => m.entityEvents[r]! <= FEW_EVENTS);
      if (allNamed || verdict === 'agrees') {
        const items = [...inSentence, idea].sort((x, y) => x.tok - y.tok);
        return { groups: 1, satisfied: 1, items };
      }
    }
  }
  return null;
}
