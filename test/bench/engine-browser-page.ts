/**
 * The engine benchmark as a page script for Chromium (bundled by browser.ts): runs engine-bench.ts
 * and hands each figure to the driver through window.__report. Heap readings need Chromium's
 * --enable-precise-memory-info; gc() needs --js-flags=--expose-gc. Restore = structuredClone
 * (what IndexedDB does to a stored value) + fromStored; the stored size is Node's figure.
 */
import type { StoredMatcher } from '../../lib/matcher/index';
import { runEngineBench } from './engine-bench';

declare global {
  interface Window {
    __report(name: string, value: number, unit: string): void;
    __runBench(quick: boolean, parts: string[]): Promise<void>;
    gc?: () => void;
  }
}

window.__runBench = (quick: boolean, parts: string[]) => runEngineBench({
  now: () => performance.now(),
  gc: () => window.gc?.(),
  heap: () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
  store: (m: StoredMatcher) => ({ bytes: Number.NaN, restore: () => structuredClone(m) }),
  pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
}, { quick, parts, report: (name, value, unit) => window.__report(name, value, unit) });
