/** axe-core in a real page: the serious and critical violations, one line each (none is the goal). */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { AXE_SCRIPT } from './paths';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const axeSource = readFileSync(AXE_SCRIPT, 'utf8');

export async function seriousViolations(page: Page): Promise<string[]> {
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
