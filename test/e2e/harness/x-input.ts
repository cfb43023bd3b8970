/**
 * Real input on an X display with xdotool: events go through the X server (XTEST) exactly like a
 * keyboard's or a mouse's, so the browser treats them as the user's own (for an extension: the
 * action was invoked, and activeTab is granted). Nothing here talks to the browser directly.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { waitFor } from './wait';

const run = promisify(execFile);

async function xdotool(display: string, args: string[]): Promise<string> {
  const { stdout } = await run('/usr/bin/xdotool', args, { env: { ...process.env, DISPLAY: display }, timeout: 10_000 });
  return stdout.trim();
}

/** The browser's visible top-level window (the only browser on this display). */
export async function browserWindow(display: string): Promise<string> {
  const ids = await waitFor(
    async () => (await xdotool(display, ['search', '--onlyvisible', '--class', 'chromium']).catch(() => '')).split('\n').filter(Boolean),
    (found) => found.length > 0,
    { what: `a visible Chromium window on ${display}`, timeout: 15_000 },
  );
  return ids[0] ?? '';
}

/** Gives the window the keyboard focus (there is no window manager to do it). */
export async function focusWindow(display: string, window: string): Promise<void> {
  await xdotool(display, ['windowfocus', '--sync', window]);
}

/** Presses a key combination ("ctrl+shift+f", "Escape") in the focused window. */
export async function pressKeys(display: string, keys: string): Promise<void> {
  await xdotool(display, ['key', '--clearmodifiers', keys]);
}

/** Moves the pointer to a screen position and clicks the left button there. */
export async function clickAt(display: string, x: number, y: number): Promise<void> {
  await xdotool(display, ['mousemove', String(x), String(y), 'click', '1']);
}

/** A manifest shortcut ("Ctrl+Shift+F") as xdotool keys ("ctrl+shift+f"). */
export function xdotoolKeys(shortcut: string): string {
  return shortcut
    .split('+')
    .map((k) => (/^(Ctrl|Shift|Alt)$/.test(k) ? k.toLowerCase() : k.length === 1 ? k.toLowerCase() : k))
    .join('+');
}
