/** What the build baked in (wxt.config.ts `define`): schedule bounds and preset feeds. */
import type { PresetFeed } from '@/lib/feeds/presets';
import { PRODUCTION_BOUNDS, TEST_BOUNDS, type ScheduleBounds } from '@/lib/feeds/schedule';

declare const __BACKSTORY_PRESET_FEEDS__: PresetFeed[] | undefined;
declare const __BACKSTORY_TEST_BUILD__: boolean | undefined;

export const PRESET_FEEDS: readonly PresetFeed[] = typeof __BACKSTORY_PRESET_FEEDS__ === 'undefined' ? [] : __BACKSTORY_PRESET_FEEDS__;

/** The test build (--mode e2e / bench) lets feed alarms fire within seconds. */
export const SCHEDULE_BOUNDS: ScheduleBounds =
  typeof __BACKSTORY_TEST_BUILD__ !== 'undefined' && __BACKSTORY_TEST_BUILD__ ? TEST_BOUNDS : PRODUCTION_BOUNDS;
