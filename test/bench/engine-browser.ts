/**
 * Runs the engine benchmark in Debian's Chromium (headless, the switches of
 * test/e2e/harness/launch.ts): bundles engine-browser-page.ts with esbuild, serves it on 127.0.0.1 and
 * collects the figures the page reports. Used by `npm run bench -- --browser`.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { benchParts } from './engine-bench';

const CHROMIUM = '/usr/bin/chromium';

export async function runInChromium(o: { quick: boolean; report(name: string, value: number, unit: string): void }): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`sh test/tools/ensure-browsers.sh\``);
  const entry = fileURLToPath(new URL('../../test/bench/engine-browser-page.ts', import.meta.url));
  const bundle = await build({ entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'warning' });
  const script = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><meta charset="utf-8"><title>engine bench</title><script src="/bench.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    // Each index in a page of its own (a new context: a new renderer, a new heap), as a worker
    // that restarts holds one matcher: in one page for all of them, the floor loop ran at a third
    // of its speed from some index on (after a forced GC too), which made the later ratios look
    // about 3 times better than they were.
    let agent = '';
    for (const part of benchParts(o.quick)) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.exposeFunction('__report', (name: string, value: number, unit: string) => o.report(name, value, unit));
        await page.goto(`http://127.0.0.1:${port}/`);
        page.setDefaultTimeout(0);
        await page.evaluate((a) => window.__runBench(a.quick, a.parts), { quick: o.quick, parts: [part] });
        agent ||= await page.evaluate(() => navigator.userAgent);
      } finally {
        await context.close();
      }
    }
    o.report('user_agent_chromium_major', Number(/Chrome\/(\d+)/.exec(agent)?.[1] ?? 0), '');
  } finally {
    await browser.close();
    server.close();
  }
}
