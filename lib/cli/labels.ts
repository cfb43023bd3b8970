/**
 * `index check --labels FILE`: how well an index finds the events a person expects in articles.
 * The labels file is JSON: { "<article path, relative to the labels file>": ["event-id", ...] }.
 * An empty list means "this article mentions none of the events".
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CliError, errorMessage } from './cli-error';

export type Labels = Map<string, Set<string>>;

/** Labels keyed by absolute article path. Throws CliError for a missing or malformed file. */
export async function readLabels(file: string): Promise<Labels> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError(`cannot read labels ${file}: ${errorMessage(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(`labels ${file} must be a JSON object: {"article.html": ["event-id", ...]}`);
  }
  const labels: Labels = new Map();
  for (const [article, ids] of Object.entries(value)) {
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
      throw new CliError(`labels ${file}: ${JSON.stringify(article)} must be a list of event ids`);
    }
    labels.set(resolve(dirname(file), article), new Set(ids));
  }
  return labels;
}

export interface EventScore {
  event: string;
  /** Articles where the event was both expected and found, found but not expected, expected but not found. */
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp), two decimals; null when the index never found the event. */
  precision: number | null;
  /** tp / (tp + fn), two decimals; null when no article expects the event. */
  recall: number | null;
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 100) / 100);

/** Scores per event, sorted by id, over the articles that have labels. */
export function scoreEvents(found: Map<string, Set<string>>, labels: Labels): EventScore[] {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (id: string) => {
    let c = counts.get(id);
    if (c === undefined) counts.set(id, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const [article, expected] of labels) {
    const got = found.get(article);
    if (got === undefined) continue;
    for (const id of got) count(id)[expected.has(id) ? 'tp' : 'fp']++;
    for (const id of expected) if (!got.has(id)) count(id).fn++;
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([event, c]) => ({ event, ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }));
}
