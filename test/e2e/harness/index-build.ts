/**
 * The e2e build (or `base`, another unpacked build) with another index: a copy in a temporary directory
 * whose default-index.json (what the extension installs on first run) is the given document. The
 * document is checked with the extension's own validator first, so a test index that the
 * extension would drop fails here with the validator's words, not later as "nothing flagged".
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IndexDocument } from '../../../lib/index-format/types';
import { formatIssue, validateIndex } from '../../../lib/index-format/validate-index';
import { CHROME_E2E_BUILD, requireBuild } from './paths';

export interface IndexBuild {
  dir: string;
  remove(): void;
}

export function buildWithIndex(doc: IndexDocument, base: string = CHROME_E2E_BUILD): IndexBuild {
  const checked = validateIndex(doc);
  if (!checked.ok) throw new Error(`The test index is invalid: ${checked.errors.map(formatIssue).join('; ')}`);
  const kept = new Set(checked.index.events.map((e) => e.id));
  const lost = doc.events.filter((e) => !kept.has(e.id)).map((e) => e.id);
  if (lost.length > 0) throw new Error(`The validator leaves out events of the test index: ${lost.join(', ')}`);
  const root = mkdtempSync(join(tmpdir(), 'backstory-index-build-'));
  const dir = join(root, 'chrome-mv3');
  cpSync(requireBuild(base), dir, { recursive: true });
  writeFileSync(join(dir, 'default-index.json'), JSON.stringify(doc));
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
