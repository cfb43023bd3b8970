import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('../../../lib/', import.meta.url));

describe('extract-page.ts module graph', () => {
  it('imports no Node or happy-dom module (the content script bundles it)', () => {
    const seen = new Set<string>();
    // Paths relative to lib/; relative imports are followed (also into other lib/ folders).
    const queue = ['extract/extract-page.ts'];
    const external: string[] = [];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(join(LIB, file), 'utf8');
      for (const [, spec] of source.matchAll(/^(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/gm)) {
        if (spec!.startsWith('./') || spec!.startsWith('../')) queue.push(`${relative(LIB, normalize(join(LIB, dirname(file), spec!)))}.ts`);
        else external.push(spec!);
      }
    }
    expect(seen.has('extract/walk-text.ts')).toBe(true);
    expect(seen.has('extract/feed-links.ts')).toBe(true);
    expect(seen.has('extract/html-to-page.ts')).toBe(false);
    expect(external).toEqual([]);
    // The Node-only entry does use happy-dom: the check above would see it.
    expect(readFileSync(join(LIB, 'extract/html-to-page.ts'), 'utf8')).toMatch(/from 'happy-dom'/);
  });
});
