/**
 * How sure a match is, 0..1. Each kind of evidence gives a score on its own; matchPage combines
 * them as independent chances (1 - the product of their misses, at most 0.99), a page that is
 * one of the event's sources scores 1, and events below REPORT_THRESHOLD are not reported.
 */
import type { WindowResult } from './window-rule';

/** The rule met: 0.6, plus 0.1 per context group beyond minContext (up to 3), plus 0.03 per further satisfying window position (up to 5). */
export const windowScore = (w: WindowResult, minContext: number): number =>
  Math.min(0.95, 0.6 + 0.1 * Math.min(3, w.groups - minContext) + 0.03 * Math.min(5, w.satisfied - 1));

/** A distinctive phrase: 0.8, plus 0.05 per repetition. */
export const phraseScore = (count: number): number => Math.min(0.97, 0.8 + 0.05 * (count - 1));

/** A link to one of the event's sources. */
export const LINK_SCORE = 0.5;
/** Combined scores at or above this are reported. */
export const REPORT_THRESHOLD = 0.5;
