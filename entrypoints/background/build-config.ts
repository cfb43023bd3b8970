/** What the build baked in (wxt.config.ts `define`): schedule bounds and preset feeds. */
import type { PresetFeed } from '@/lib/feeds/presets';
import { E2E_BOUNDS, PRODUCTION_BOUNDS, type ScheduleBounds } from '@/lib/feeds/schedule';

declare const __BACKSTORY_PRESET_FEEDS__: PresetFeed[] | undefined;
declare const __BACKSTORY_TEST_BUILD__: boolean | undefined;

export const PRESET_FEEDS: readonly PresetFeed[] = typeof __BACKSTORY_PRESET_FEEDS__ === 'undefined' ? [] : __BACKSTORY_PRESET_FEEDS__;

/** The test build (--mode e2e / bench) lets feed alarms fire within seconds (lib/feeds/schedule.ts E2E_BOUNDS). */
export const SCHEDULE_BOUNDS: ScheduleBounds =
  typeof __BACKSTORY_TEST_BUILD__ !== 'undefined' && __BACKSTORY_TEST_BUILD__ ? E2E_BOUNDS : PRODUCTION_BOUNDS;
