/** Turns a file given to the scan CLI into the engine's PageInput (Node only). */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { htmlToPage } from '../extract/html-to-page';
import type { PageInput } from '../matcher/types';
import { CliError, errorMessage } from './cli-error';

/** Larger files are refused rather than read into memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface PageOverrides {
  /** YYYY-MM-DD, replaces the page's own publication date. */
  date?: string;
  /** Replaces the page's canonical URL (and is the base for its relative links). */
  url?: string;
}

export function looksLikeHtml(fileName: string, text: string): boolean {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.html' || ext === '.htm') return true;
  return /^\s*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 1024));
}

/** The charset an HTML page declares in its first bytes, if any. */
function declaredCharset(head: string): string | undefined {
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/** Bytes that are valid UTF-8 and not all ASCII: text in a legacy encoding almost never is. */
function isUtf8Text(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-8 unless an HTML page declares another encoding the runtime knows (windows-1251, ...) and its
 * bytes are not UTF-8: a page saved as UTF-8 often keeps the legacy declaration it had (a browser
 * would be told by the server's header; a file has none).
 */
export function decode(bytes: Uint8Array, html: boolean): string {
  if (html) {
    const charset = declaredCharset(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)));
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8' && !isUtf8Text(bytes)) {
      try {
        return new TextDecoder(charset).decode(bytes);
      } catch {
        // Unknown label: fall back to UTF-8.
      }
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export async function readPage(file: string, overrides: PageOverrides): Promise<PageInput> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isFile() && info.size > MAX_FILE_BYTES) {
      throw new Error(`file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    }
    bytes = await readFile(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${errorMessage(error)}`);
  }
  const sniff = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024));
  if (looksLikeHtml(file, sniff)) {
    const page = await htmlToPage(decode(bytes, true), overrides.url);
    const input: PageInput = { text: page.text, links: page.links, title: page.title };
    const url = overrides.url ?? page.canonicalUrl;
    const published = overrides.date ?? page.published;
    if (url !== undefined) input.url = url;
    if (published !== undefined) input.published = published;
    if (page.lang !== undefined) input.lang = page.lang;
    return input;
  }
  const input: PageInput = { text: decode(bytes, false).replace(/\r\n?/g, '\n'), links: [] };
  if (overrides.url !== undefined) input.url = overrides.url;
  if (overrides.date !== undefined) input.published = overrides.date;
  return input;
}
