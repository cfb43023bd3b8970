/**
 * A second extension, generated in a temporary directory and loaded beside ours: a tiny MV3
 * extension with an empty service worker and one page (actor.html) the tests run code in. It asks
 * for nothing, as an unrelated extension a reader installed would.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SecondExtension {
  dir: string;
  remove(): void;
}

export function writeSecondExtension(): SecondExtension {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-second-extension-'));
  const manifest = {
    manifest_version: 3,
    name: 'Attack suite actor',
    version: '1.0.0',
    background: { service_worker: 'worker.js' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), '// Nothing: the tests act from actor.html.\n');
  writeFileSync(join(dir, 'actor.html'), '<!doctype html><html><head><meta charset="utf-8"><title>actor</title></head><body></body></html>\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
