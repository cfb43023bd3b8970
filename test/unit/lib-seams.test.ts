// lib/ is the engine and its helpers: pure TypeScript that runs the same in Node (CLI, tests,
// benchmark) and in the extension. Only files whose header comment says SEAM may use an extension
// API. This keeps it that way.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('../../lib/', import.meta.url));

/** Modules that are the extension API (WXT's `browser`, the polyfill) or WXT's runtime. */
const EXTENSION_MODULE = /^(wxt(\/.*)?|webextension-polyfill|@wxt-dev\/.*)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file marks itself as a seam in its header (the comment before any code). */
function isSeam(source: string): boolean {
  const header = /^\s*(\/\*[\s\S]*?\*\/|(\s*\/\/[^\n]*\n)+)/.exec(source)?.[0] ?? '';
  return /\bSEAM\b/.test(header);
}

/** Module specifiers the file imports, re-exports or loads (static and dynamic). */
function specifiers(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\b[^'"]*?(?:from\s*)?['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of source.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

/** The code without comments and string contents, so words in them do not count. */
function codeOnly(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (m) =>
    m.startsWith('/') ? ' ' : "''",
  );
}

/** What in `source` uses an extension API: imports of it, or the `browser`/`chrome` globals. */
export function extensionUses(source: string): string[] {
  const uses = specifiers(source).filter((s) => EXTENSION_MODULE.test(s)).map((s) => `import '${s}'`);
  const code = codeOnly(source).replace(/^\s*(?:import|export)\b[^;]*?from\s*''\s*;?/gm, '');
  for (const m of code.matchAll(/(?<![\w$])(browser|chrome)(?![\w$])/g)) uses.push(`global ${m[1]}`);
  return uses;
}

describe('lib/ uses no extension API outside its seams', () => {
  const files = sourceFiles(LIB).map((path) => ({ name: relative(LIB, path), source: readFileSync(path, 'utf8') }));

  it('finds an import of the API, and the chrome and browser globals, but not words in comments or strings', () => {
    expect(extensionUses("import { browser } from 'wxt/browser';\n")).toEqual(["import 'wxt/browser'"]);
    expect(extensionUses("import Browser from 'webextension-polyfill';")).toEqual(["import 'webextension-polyfill'"]);
    expect(extensionUses('const id = chrome.runtime.id;')).toEqual(['global chrome']);
    expect(extensionUses('await globalThis.browser?.storage.local.get(k);')).toEqual(['global browser']);
    expect(extensionUses("// the browser.tabs API\nconst s = 'browser.tabs'; const browserName = 1;")).toEqual([]);
  });

  it('holds for every file of lib/', () => {
    expect(files.length).toBeGreaterThan(50);
    const offending = files
      .filter((f) => !isSeam(f.source))
      .map((f) => ({ file: f.name, uses: extensionUses(f.source) }))
      .filter((f) => f.uses.length > 0);
    expect(offending).toEqual([]);
  });

  it('the seams are the few files that need the API, each saying so in its header', () => {
    const seams = files.filter((f) => isSeam(f.source)).map((f) => f.name).sort();
    expect(seams).toEqual(['i18n/i18n.ts', 'messaging/client.ts', 'settings/settings.ts', 'sites/origin-roles.ts', 'tabs/tab-store.ts']);
    for (const f of files.filter((x) => isSeam(x.source))) expect(extensionUses(f.source).length, f.name).toBeGreaterThan(0);
  });
});
