/**
 * The install's stages on the performance timeline (User Timing: web platform, in Node too), so
 * the browser benchmark (test/bench/feed-browser.ts) can read how long each took in the real
 * worker. Only the latest measure of each stage is kept.
 */
export type InstallStage = 'feed-load' | 'feed-compile' | 'feed-store' | 'bundled-install';

export const STAGE_PREFIX = 'backstory:';

/** Records `stage` as having run from `start` (performance.now()) until now; returns now. */
export function measureStage(stage: InstallStage, start: number): number {
  const end = performance.now();
  const name = STAGE_PREFIX + stage;
  performance.clearMeasures(name);
  performance.measure(name, { start, end });
  return end;
}
