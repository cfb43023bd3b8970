/**
 * The whole X screen as pixels: `xwd -root` (Debian x11-apps) dumps it; this reads the XWD dump
 * (24-bit TrueColor, what Xvfb serves), so no image library is needed. Used to find the toolbar
 * button on screen and to save what a person would have seen (browser chrome and popup included,
 * which a page screenshot cannot show).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { encodeRgbPng } from './png';
import { waitFor } from './wait';

const run = promisify(execFile);

export interface Screen {
  width: number;
  height: number;
  /** 3 bytes a pixel (RGB), row after row. */
  rgb: Buffer;
}

function shiftOf(mask: number): number {
  let shift = 0;
  while (shift < 32 && ((mask >>> shift) & 1) === 0) shift++;
  return shift;
}

/** Reads an XWD dump of a ZPixmap in a TrueColor visual with 8 bits a channel. */
export function parseXwd(data: Buffer): Screen {
  const field = (i: number): number => data.readUInt32BE(i * 4);
  const headerSize = field(0);
  const [version, format, width, height] = [field(1), field(2), field(4), field(5)];
  const byteOrder = field(7); // 0: least significant byte first
  const bitsPerPixel = field(11);
  const bytesPerLine = field(12);
  const masks = [field(14), field(15), field(16)];
  const colours = field(19);
  if (version !== 7 || format !== 2 || (bitsPerPixel !== 32 && bitsPerPixel !== 24)) {
    throw new Error(`Unsupported XWD dump (version ${version}, format ${format}, ${bitsPerPixel} bits a pixel)`);
  }
  const start = headerSize + colours * 12;
  if (data.length < start + bytesPerLine * height) throw new Error('Truncated XWD dump');
  const channels = masks.map((mask) => ({ mask, shift: shiftOf(mask) }));
  const bytes = bitsPerPixel / 8;
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = start + y * bytesPerLine + x * bytes;
      const value = bytes === 4 ? (byteOrder === 0 ? data.readUInt32LE(at) : data.readUInt32BE(at)) : byteOrder === 0 ? data.readUIntLE(at, 3) : data.readUIntBE(at, 3);
      const o = (y * width + x) * 3;
      for (let k = 0; k < 3; k++) {
        const c = channels[k];
        if (c) rgb[o + k] = ((value & c.mask) >>> c.shift) & 0xff;
      }
    }
  }
  return { width, height, rgb };
}

/** Captures the whole screen of an X display. */
export async function captureScreen(display: string): Promise<Screen> {
  const { stdout } = await run('xwd', ['-root', '-silent', '-display', display], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseXwd(stdout);
}

export function saveScreen(screen: Screen, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, encodeRgbPng(screen.width, screen.height, screen.rgb));
}

function rowsDiffer(a: Screen, b: Screen, fromRow: number): boolean {
  const start = fromRow * a.width * 3;
  return a.width !== b.width || a.height !== b.height || !a.rgb.subarray(start).equals(b.rgb.subarray(start));
}

/**
 * Waits until what is drawn from row `fromRow` down differs from `before` and has stopped changing
 * (two captures in a row are the same), and returns it. A popup's page is ready a moment before
 * the browser has painted it on screen; this waits for the paint instead of guessing a delay.
 */
export async function waitForSettledChange(display: string, before: Screen, fromRow: number, timeout = 10_000): Promise<Screen> {
  let previous = before;
  await waitFor(
    async () => {
      const now = await captureScreen(display);
      const settled = rowsDiffer(now, before, fromRow) && !rowsDiffer(now, previous, fromRow);
      previous = now;
      return settled;
    },
    (settled) => settled,
    { what: `the screen of ${display} to change below row ${fromRow} and settle`, timeout, interval: 150 },
  );
  return previous;
}
