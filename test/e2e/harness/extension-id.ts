/**
 * The id Chrome gives an extension loaded unpacked from a directory: SHA-256 of its absolute path,
 * first 32 hex digits written with the letters a-p. Known before launch (headed.ts pins the
 * toolbar button with it; launch.ts tells our worker from another extension's).
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';

export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode('a'.charCodeAt(0) + parseInt(h, 16))).join('');
}
