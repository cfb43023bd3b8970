/** Reads and validates an index file for the CLI (Node only). */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatIssue, parseIndexJson } from '../index-format/validate-index';
import type { IndexDocument } from '../index-format/types';
import { CliError, errorMessage, oneLine } from './cli-error';

/** The bundled index, found relative to this file (not to the working directory). */
export const DEFAULT_INDEX_PATH = fileURLToPath(new URL('../../public/default-index.json', import.meta.url));

export interface LoadedIndex {
  index: IndexDocument;
  /** One line per dropped entity or event. */
  warnings: string[];
}

export async function loadIndex(path: string): Promise<LoadedIndex> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read index ${path}: ${errorMessage(error)}`);
  }
  const result = parseIndexJson(text);
  if (!result.ok) {
    const [first, ...rest] = result.errors;
    const detail = first ? formatIssue(first) : 'unknown error';
    const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
    throw new CliError(oneLine(`invalid index ${path}: ${detail}${more}`));
  }
  const warnings = result.dropped.map((item) => {
    const what = item.id !== undefined ? `${item.path} ("${item.id}")` : item.path;
    return oneLine(`index ${path}: dropped ${what}: ${item.issues.map(formatIssue).join('; ')}`);
  });
  return { index: result.index, warnings };
}
