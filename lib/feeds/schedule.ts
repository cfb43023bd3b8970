/**
 * When to check a feed next (pure). A successful check follows the manifest's refresh hint,
 * clamped to sane bounds; a failed one backs off exponentially (1, 2, 4... times the base, capped).
 * The production bounds are 15 minutes to 7 days; the test build's let an alarm fire within
 * seconds (entrypoints/background/build-config.ts picks them).
 */
export interface ScheduleBounds {
  /** Shortest and longest time between two successful checks, seconds. */
  minSeconds: number;
  maxSeconds: number;
  /** Used when the manifest gives no usable hint. */
  defaultSeconds: number;
  /** First retry after a failure, and the longest wait between retries, seconds. */
  backoffBaseSeconds: number;
  backoffMaxSeconds: number;
  /**
   * The refresh hint is multiplied by this before the bounds apply (default 1). Only the test
   * build sets it: publishers may not hint under a minute, and a real-browser test cannot wait one.
   */
  hintScale?: number;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const PRODUCTION_BOUNDS: ScheduleBounds = {
  minSeconds: 15 * MINUTE,
  maxSeconds: 7 * DAY,
  defaultSeconds: 6 * HOUR,
  backoffBaseSeconds: 15 * MINUTE,
  backoffMaxSeconds: DAY,
};

/** Unit tests: Chrome lets an unpacked extension's alarm fire after 1 s. */
export const TEST_BOUNDS: ScheduleBounds = {
  minSeconds: 2,
  maxSeconds: 7 * DAY,
  defaultSeconds: 6 * HOUR,
  backoffBaseSeconds: 2,
  backoffMaxSeconds: 60,
};

/**
 * The e2e build: as TEST_BOUNDS, and a hint's minute is 3 s there, so a feed published with the
 * shortest refresh (60 s) is checked again within seconds while one hinting an hour (3 minutes)
 * stays quiet for a test's length.
 */
export const E2E_BOUNDS: ScheduleBounds = { ...TEST_BOUNDS, hintScale: 1 / 20 };

export function refreshSeconds(hint: number | undefined, bounds: ScheduleBounds): number {
  const wanted = typeof hint === 'number' && Number.isFinite(hint) && hint > 0 ? hint * (bounds.hintScale ?? 1) : bounds.defaultSeconds;
  return Math.min(bounds.maxSeconds, Math.max(bounds.minSeconds, wanted));
}

/** Epoch ms of the next check after a successful one at `now`. */
export function nextCheckAfterSuccess(now: number, hint: number | undefined, bounds: ScheduleBounds): number {
  return now + refreshSeconds(hint, bounds) * 1000;
}

/** Epoch ms of the next check after the `failures`-th failure in a row (failures >= 1) at `now`. */
export function nextCheckAfterFailure(now: number, failures: number, bounds: ScheduleBounds): number {
  const exponent = Math.min(Math.max(0, failures - 1), 30);
  const wait = Math.min(bounds.backoffMaxSeconds, bounds.backoffBaseSeconds * 2 ** exponent);
  return now + wait * 1000;
}

/** A feed is due when its next check has come (or it never had one). */
export function isDue(nextCheck: number | undefined, now: number): boolean {
  return nextCheck === undefined || nextCheck <= now;
}
