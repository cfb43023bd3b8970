import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../../lib/extract/', import.meta.url));

describe('extract-page.ts module graph', () => {
  it('imports no Node or happy-dom module (the content script bundles it)', () => {
    const seen = new Set<string>();
    const queue = ['extract-page.ts'];
    const external: string[] = [];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(join(DIR, file), 'utf8');
      for (const [, spec] of source.matchAll(/^(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/gm)) {
        if (spec!.startsWith('./')) queue.push(`${spec!.slice(2)}.ts`);
        else external.push(spec!);
      }
    }
    expect(seen.has('walk-text.ts')).toBe(true);
    expect(seen.has('html-to-page.ts')).toBe(false);
    expect(external).toEqual([]);
    // The Node-only entry does use happy-dom: the check above would see it.
    expect(readFileSync(join(DIR, 'html-to-page.ts'), 'utf8')).toMatch(/from 'happy-dom'/);
  });
});
