import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCE_URL, writeCliFixtures } from './cli-fixtures';
import { SPAWN_TIMEOUT, runCli, type Run } from './run-cli';

const SCAN = fileURLToPath(new URL('../../../lib/cli/scan.ts', import.meta.url));
const scan = (args: string[], cwd?: string): Promise<Run> => runCli(SCAN, args, cwd);

function jsonLines(stdout: string): { file: string; events: Record<string, unknown>[] }[] {
  return stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

const fx = writeCliFixtures();
afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

describe('scan CLI', () => {
  it('prints one JSON line per file in argument order, reports an unreadable file and exits 2', async () => {
    const missing = `${fx.dir}/missing.html`;
    const run = await scan(['--index', fx.index, fx.text, missing, fx.html]);
    expect(run.code).toBe(2);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => l.file)).toEqual([fx.text, fx.html]);

    const [text, html] = lines;
    expect(text!.events).toHaveLength(1);
    const event = text!.events[0]!;
    expect(Object.keys(event).sort()).toEqual(['evidence', 'id', 'prominence', 'score', 'sources', 'title']);
    expect(event).toMatchObject({
      id: 'witkoff-ushakov-call',
      title: 'Leaked Witkoff-Ushakov call',
      prominence: 'main',
      sources: [{ url: SOURCE_URL, outlet: 'meduza.io', kind: 'coverage' }],
    });
    const score = event.score as number;
    expect(score).toBeGreaterThanOrEqual(0.5);
    expect(Math.round(score * 100) / 100).toBe(score);
    expect(event.evidence).toEqual(expect.arrayContaining([{ kind: 'entity', entity: 'witkoff', text: 'Witkoff', start: 6, end: 13 }]));

    // The HTML page is read as a page: its article text (not the nav) and its link.
    expect(html!.events.map((e) => e.id)).toEqual(['witkoff-ushakov-call']);
    expect(html!.events[0]!.evidence).toEqual(expect.arrayContaining([{ kind: 'link', url: SOURCE_URL }]));

    const errors = run.stderr.trim().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(/^scan: warning: index .*index\.json: dropped events\[1\] \("broken-event"\): events\[1\]\./),
      expect.stringMatching(/^scan: cannot read .*missing\.html: ENOENT/),
    ]);
  }, SPAWN_TIMEOUT);

  it('--date and --url override the page and are the only date and URL of plain text', async () => {
    const [dated, withUrl] = await Promise.all([
      // The page says 2025-11-26; an earlier date puts it before the leak became public.
      scan(['--index', fx.index, '--date', '2025-11-01', fx.html, fx.text]),
      scan(['--index', fx.index, '--url', SOURCE_URL, fx.weak]),
    ]);
    expect(dated.code).toBe(0);
    expect(jsonLines(dated.stdout)).toEqual([
      { file: fx.html, events: [] },
      { file: fx.text, events: [] },
    ]);
    expect(withUrl.code).toBe(0);
    const [weak] = jsonLines(withUrl.stdout);
    expect(weak!.events.map((e) => e.id)).toEqual(['witkoff-ushakov-call']);
    expect(weak!.events[0]!.evidence).toEqual(expect.arrayContaining([{ kind: 'page-url', url: SOURCE_URL }]));
  }, SPAWN_TIMEOUT);

  it('reports a bad argument or an invalid index in one line on stderr with exit code 2', async () => {
    const runs = await Promise.all([
      scan(['--index', fx.index, '--date', '2025-13-01', fx.text]),
      scan(['--index', fx.invalidIndex, fx.text]),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
    }
    // Other argument and index errors: scan-args.test.ts and load-index.test.ts (in process).
    expect(runs.map((r) => r.stderr)).toEqual([
      'scan: --date must be YYYY-MM-DD, got "2025-13-01"\n',
      expect.stringMatching(/^scan: invalid index .*invalid-index\.json: format: [^\n]*\n$/),
    ]);
  }, SPAWN_TIMEOUT);

  it('--help prints usage; without --index it uses the bundled index from any working directory', async () => {
    const [help, bundled] = await Promise.all([scan(['--help']), scan([fx.text], fx.dir)]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run --silent scan -- \[--index FILE\]/);
    expect(help.stderr).toBe('');

    expect(bundled.stderr).toBe('');
    expect(bundled.code).toBe(0);
    expect(jsonLines(bundled.stdout).map((l) => l.file)).toEqual([fx.text]);
  }, SPAWN_TIMEOUT);
});
