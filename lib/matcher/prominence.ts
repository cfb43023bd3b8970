/**
 * Whether a page is about an event (`main`) or names it (`mention`), and the one order events are
 * listed in everywhere (scan CLI, popup, badge tooltip, highlights): main events first, then by
 * score, then by id.
 *
 * A page is about an event when the event is in its headline or its lead AND it carries the page:
 * its names come back through the text. An event named once, in any place, is a mention. Measured
 * per event from where its evidence is (prominence-features in match-page.ts); decided here.
 */
import type { EventMatch, Prominence } from './types';

/** Where and how much of one found event the page shows. */
export interface ProminenceFeatures {
  /** The page is one of the event's sources. */
  pageIsSource: boolean;
  /** The headline (page title) names the event: its phrase, or all its required names (one of the others when it requires none) with one of its ideas, or with a second required name when one of them is used by few events. */
  inTitle: boolean;
  /** The lead (the text up to its first real paragraph) has the event's phrase, or its required names with one of its ideas. */
  inLead: boolean;
  /** Paragraphs of the text with the event's ideas (context terms) or phrases. */
  paragraphs: number;
  /** Paragraphs of the text (non-empty). */
  totalParagraphs: number;
  /** Occurrences of the event's names, phrases and ideas in the text. */
  mass: number;
  /** Days from the event's last day (start, end or report) to the page's publication; null when either is unknown. */
  daysAfter: number | null;
  /** The headline announces a later development (follow-up.ts: "suspects charged", "appeal opens", "a year after"). */
  followUp: boolean;
  /** The headline and lead date their news after the event, and no date there agrees with it: a later development. */
  datesContradict: boolean;
}

/**
 * A page published this long after an event is not about it: it is about a later development
 * (the appeal, the aftermath, the next round), an anniversary or analysis, and names the event.
 * Two weeks: of the 164 pages of our corpus about an event, 160 were published within two days of
 * its last day and the others within four (two about a comet months after its discovery aside),
 * while pages about a later development came at every distance, 35 of them within 3 to 30 days.
 */
export const LATER_DAYS = 14;
/**
 * A page whose headline announces a later development, published this long after the event, is
 * about that development. Within two days, the same words (arrests, an inquiry, a rising toll) are
 * the updates of the event's own story: "Tai Po fire: toll rises to 83, three arrested" the day
 * after next is still the fire.
 */
export const FOLLOW_UP_DAYS = 3;
/** A page is about a few events at most. */
export const MAX_MAIN = 3;
/** A second main event must be carried at least this much compared with the first... */
const SECOND_MAIN_SHARE = 0.6;
/** ...and the page must say at least this much of it (its names, phrases and ideas) compared with the first. */
const SECOND_MAIN_MASS = 0.5;

/** How strongly a page is about the event: 0 when it is at most a mention. */
export function aboutness(f: ProminenceFeatures): number {
  if (f.pageIsSource) return 10;
  if (f.datesContradict) return 0;
  if (f.daysAfter !== null && (f.daysAfter > LATER_DAYS || (f.followUp && f.daysAfter >= FOLLOW_UP_DAYS))) return 0;
  const spread = f.totalParagraphs > 0 ? f.paragraphs / f.totalParagraphs : 0;
  const returns = f.paragraphs >= 2 || spread >= 0.5;
  if (!(f.inTitle || f.inLead) || !returns) return 0;
  return (f.inTitle ? 2 : 0) + (f.inLead ? 1.5 : 0) + Math.min(1, spread * 2) + Math.min(1, f.mass / 30);
}

/** Prominence of each found event, from its features (same order). */
export function decideProminence(features: readonly ProminenceFeatures[]): Prominence[] {
  // The headline says what the page is about: when it names an event, the others are not main.
  const own = features.map(aboutness);
  const titled = features.some((f, i) => f.inTitle && own[i]! > 0);
  const about = features.map((f, i) => (titled && !f.inTitle && !f.pageIsSource ? 0 : own[i]!));
  const top = Math.max(0, ...about);
  const ranked = about.map((a, i) => ({ a, i })).filter((x) => x.a > 0 && x.a >= top * SECOND_MAIN_SHARE);
  ranked.sort((x, y) => y.a - x.a || features[y.i]!.mass - features[x.i]!.mass || x.i - y.i);
  const topMass = ranked.length > 0 ? features[ranked[0]!.i]!.mass : 0;
  const kept = ranked.filter((x, k) => k === 0 || features[x.i]!.pageIsSource || features[x.i]!.mass >= topMass * SECOND_MAIN_MASS);
  const main = new Set(kept.slice(0, MAX_MAIN).map((x) => x.i));
  return features.map((_, i) => (main.has(i) ? 'main' : 'mention'));
}

/** Main events before mentions, then higher scores (0 for equals: a stable sort keeps their order). */
export const mainFirst = <T extends Pick<EventMatch, 'score' | 'prominence'>>(a: T, b: T): number =>
  (a.prominence === b.prominence ? 0 : a.prominence === 'main' ? -1 : 1) || b.score - a.score;

/** Main events first, then higher scores, then ids: the one order of found events. */
export function byProminence<T extends Pick<EventMatch, 'id' | 'score' | 'prominence'>>(a: T, b: T): number {
  return mainFirst(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
