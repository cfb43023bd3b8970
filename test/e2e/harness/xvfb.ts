/**
 * A virtual X display (Xvfb) for a HEADED browser, so a test can act on the browser's own UI with
 * real X input events (xdotool) and see it (xwd): things headless Chromium does not have, such as
 * the toolbar button and the popup it opens.
 * Xvfb picks a free display number itself (-displayfd) and writes it once it accepts clients,
 * so tests running side by side never race for a number and nothing waits a fixed time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Readable } from 'node:stream';

/** The programs the toolbar test needs, and the Debian package of each. */
export const X_TOOLS = [
  { path: '/usr/bin/Xvfb', pkg: 'xvfb' },
  { path: '/usr/bin/xdotool', pkg: 'xdotool' },
  { path: '/usr/bin/xwd', pkg: 'x11-apps' },
] as const;

/** Fails with what to run when a program is missing (the test is never skipped). */
export function requireXTools(): void {
  const missing = X_TOOLS.filter((t) => !existsSync(t.path));
  if (missing.length === 0) return;
  throw new Error(
    `${missing.map((t) => t.path).join(', ')} missing: run \`sh test/tools/ensure-browsers.sh\` ` +
      `(apt-get install ${missing.map((t) => t.pkg).join(' ')}).`,
  );
}

export interface Xvfb {
  /** ":N", for DISPLAY. */
  display: string;
  width: number;
  height: number;
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 15_000;

/** Ends Xvfb if the test process exits without closing it (a crash, Ctrl+C). */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    running.delete(child);
    return Promise.resolve();
  }
  return new Promise<void>((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      running.delete(child);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startXvfb(width = 1280, height = 900): Promise<Xvfb> {
  requireXTools();
  // fd 3 is a pipe: Xvfb writes the display number it took there once it is ready.
  const child = spawn('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-2000);
  });
  const ready = child.stdio[3] as Readable;
  try {
    const display = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`Xvfb did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
      ready.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /^(\d+)\n/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(`:${m[1]}`);
        }
      });
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Xvfb exited (${signal ?? code}) before it was ready: ${stderr.trim()}`));
      });
    });
    return { display, width, height, close: () => stop(child) };
  } catch (error) {
    await stop(child);
    throw error;
  }
}
