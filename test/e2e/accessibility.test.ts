// Automated accessibility check (axe-core) of the popup with results and the options page:
// no serious or critical violations.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExtensionPage, openPopup, waitForBadge } from './harness/extension';
import { AXE_SCRIPT } from './harness/paths';
import { openArticle, waitForPopupEvents } from './harness/session';
import { useSession } from './harness/use-session';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const axeSource = readFileSync(AXE_SCRIPT, 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  // Not addScriptTag: the extension's CSP (script-src 'self') blocks inline scripts, while
  // DevTools evaluation is exempt from it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

const s = useSession();

describe('accessibility (axe-core)', () => {
  it('the popup listing events has no serious or critical violations', async () => {
    const { tabId } = await openArticle(s, '/e2e/two-events.html');
    await waitForBadge(s.browser, tabId, '2');
    const popup = await openPopup(s.browser, tabId);
    await waitForPopupEvents(popup, ['louvre-heist', 'myanmar-earthquake']);
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('the popup for a page with no events has no serious or critical violations', async () => {
    const { tabId } = await openArticle(s, '/e2e/no-events.html');
    const popup = await openPopup(s.browser, tabId);
    await popup.getByTestId('empty-state').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('the options page has no serious or critical violations', async () => {
    const options = await openExtensionPage(s.browser, 'options.html', { width: 900, height: 800 });
    await options.locator('main, #app > *').first().waitFor({ timeout: 10_000 });
    expect(await seriousViolations(options)).toEqual([]);
  });
});
