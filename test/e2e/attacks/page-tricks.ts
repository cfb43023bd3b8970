/** Helpers the hostile-page tests share: marks in a page, a flood's end. */
import type { Page } from 'playwright-core';
import { waitFor } from '../harness/wait';

export const MARK = 'backstory-mark';

/** Waits until the page's flood script says it is done (data-flood-done on <html>). */
export function floodDone(page: Page, timeout: number): Promise<string> {
  return waitFor(() => page.evaluate(() => document.documentElement.dataset.floodDone ?? ''), (v) => v !== '', {
    what: 'the page to finish its flood',
    timeout,
    interval: 250,
  });
}
