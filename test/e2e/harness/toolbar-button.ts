/**
 * Finds the extension's pinned toolbar button on a screen capture by looking for its icon, as a
 * person would. Chrome draws the 16 px icon unscaled at device scale 1 (Xvfb); the badge may cover
 * its lower right corner and hovering tints the background, so only the icon's opaque pixels are
 * compared, with a tolerance, and most (not all) of them must match.
 * The same icon is also the favicon of the extension's own tabs, in the tab strip ABOVE the
 * toolbar: of the matches above the page, the lowest row is the toolbar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng, type RgbaImage } from './png';
import type { Screen } from './x-screen';

const TOLERANCE = 40;
const MIN_MATCHING = 0.7;

export interface Point {
  x: number;
  y: number;
}

/** The icon Chrome shows in the toolbar at scale 1: the manifest's 16 px one. */
export function toolbarIcon(extensionDir: string): RgbaImage {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    icons?: Record<string, string>;
    action?: { default_icon?: Record<string, string> };
  };
  const file = manifest.action?.default_icon?.['16'] ?? manifest.icons?.['16'];
  if (!file) throw new Error('The manifest names no 16 px icon');
  return decodePng(readFileSync(join(extensionDir, file)));
}

function opaquePixels(icon: RgbaImage): { dx: number; dy: number; rgb: [number, number, number] }[] {
  const out: { dx: number; dy: number; rgb: [number, number, number] }[] = [];
  for (let dy = 0; dy < icon.height; dy++) {
    for (let dx = 0; dx < icon.width; dx++) {
      const i = (dy * icon.width + dx) * 4;
      if (icon.rgba[i + 3] === 255) out.push({ dx, dy, rgb: [icon.rgba[i] ?? 0, icon.rgba[i + 1] ?? 0, icon.rgba[i + 2] ?? 0] });
    }
  }
  return out;
}

/**
 * Centre of the toolbar button, searching rows above `pageTop` (where the page starts on screen).
 * Throws, with what was found, when no position matches.
 */
export function findToolbarButton(screen: Screen, icon: RgbaImage, pageTop: number): Point {
  const pixels = opaquePixels(icon);
  if (pixels.length === 0) throw new Error('The icon has no opaque pixel to look for');
  const needed = Math.ceil(pixels.length * MIN_MATCHING);
  const close = (x: number, y: number, rgb: [number, number, number]): boolean => {
    const o = (y * screen.width + x) * 3;
    return (
      Math.abs((screen.rgb[o] ?? 0) - rgb[0]) <= TOLERANCE &&
      Math.abs((screen.rgb[o + 1] ?? 0) - rgb[1]) <= TOLERANCE &&
      Math.abs((screen.rgb[o + 2] ?? 0) - rgb[2]) <= TOLERANCE
    );
  };
  const found: (Point & { score: number })[] = [];
  const lastRow = Math.min(pageTop, screen.height) - icon.height;
  for (let y = 0; y <= lastRow; y++) {
    for (let x = 0; x <= screen.width - icon.width; x++) {
      let hits = 0;
      for (let i = 0; i < pixels.length; i++) {
        const p = pixels[i];
        if (p && close(x + p.dx, y + p.dy, p.rgb)) hits++;
        // Stop as soon as the rest could not reach the threshold.
        if (hits + (pixels.length - i - 1) < needed) break;
      }
      if (hits >= needed) found.push({ x, y, score: hits / pixels.length });
    }
  }
  if (found.length === 0) throw new Error(`The toolbar button's icon is nowhere above row ${pageTop} of the screen`);
  // Neighbouring offsets of one icon all match a little: keep the best match of the lowest row of icons.
  const lowest = Math.max(...found.map((f) => f.y));
  const row = found.filter((f) => f.y >= lowest - icon.height);
  const best = row.reduce((a, b) => (b.score > a.score ? b : a));
  return { x: best.x + Math.floor(icon.width / 2), y: best.y + Math.floor(icon.height / 2) };
}
