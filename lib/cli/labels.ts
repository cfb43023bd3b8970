/**
 * `index check --labels FILE|DIR`: how well an index finds the events a person expects in articles.
 *
 * A labels FILE is JSON: { "<article path, relative to the labels file>": LABEL }, where LABEL is
 * either a list of event ids the article mentions (an empty list: none), or an object saying
 * which events the article is about and which it only names:
 *   { "main": ["event-id"], "mentions": ["other-id"], "kind": "story", "develops": null }
 * A labels DIR holds one `<article>.labels.json` (a LABEL object) beside each `<article>.html`
 * (the accuracy corpus, test/corpus, is kept that way).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CliError, errorMessage } from './cli-error';
import type { Prominence } from '../matcher/types';

export interface PageLabel {
  /** Every event the article should be found to mention (main and mentions together). */
  expected: Set<string>;
  /** With prominence labels: the events the article is about, and those it only names. */
  main?: Set<string>;
  mentions?: Set<string>;
  /** story | development | passing | none, when labelled. */
  kind?: string;
  /** For a development: the event whose story it continues. */
  develops?: string;
}

export type Labels = Map<string, PageLabel>;

/** What check found on one article: event ids with their prominence. */
export type Found = Map<string, Map<string, Prominence>>;

const ids = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string');

/** One LABEL (list or object) read; throws CliError naming `where`. */
export function parseLabel(value: unknown, where: string): PageLabel {
  if (ids(value)) return { expected: new Set(value) };
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const main = o.main ?? [];
    const mentions = o.mentions ?? [];
    if (!ids(main) || !ids(mentions)) throw new CliError(`${where}: "main" and "mentions" must be lists of event ids`);
    const label: PageLabel = { expected: new Set([...main, ...mentions]), main: new Set(main), mentions: new Set(mentions) };
    if (typeof o.kind === 'string') label.kind = o.kind;
    if (typeof o.develops === 'string') label.develops = o.develops;
    return label;
  }
  throw new CliError(`${where} must be a list of event ids or {"main": [...], "mentions": [...]}`);
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError(`cannot read labels ${file}: ${errorMessage(error)}`);
  }
}

/** Labels keyed by absolute article path. Throws CliError for a missing or malformed file. */
export async function readLabels(path: string): Promise<Labels> {
  const labels: Labels = new Map();
  let isDir = false;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (error) {
    throw new CliError(`cannot read labels ${path}: ${errorMessage(error)}`);
  }
  if (isDir) {
    for (const name of (await readdir(path)).sort()) {
      if (!name.endsWith('.labels.json')) continue;
      const file = join(path, name);
      labels.set(resolve(path, name.replace(/\.labels\.json$/, '.html')), parseLabel(await readJson(file), `labels ${file}`));
    }
    return labels;
  }
  const value = await readJson(path);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(`labels ${path} must be a JSON object: {"article.html": ["event-id", ...]}`);
  }
  for (const [article, label] of Object.entries(value)) {
    labels.set(resolve(dirname(path), article), parseLabel(label, `labels ${path}: ${JSON.stringify(article)}`));
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
export function scoreEvents(found: Found, labels: Labels): EventScore[] {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (id: string) => {
    let c = counts.get(id);
    if (c === undefined) counts.set(id, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const [article, label] of labels) {
    const got = found.get(article);
    if (got === undefined) continue;
    for (const id of got.keys()) count(id)[label.expected.has(id) ? 'tp' : 'fp']++;
    for (const id of label.expected) if (!got.has(id)) count(id).fn++;
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([event, c]) => ({ event, ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }));
}

/** Counts behind the prominence figures of a set of articles. */
export interface ProminenceCounts {
  pages: number;
  mainExpected: number;
  mainFound: number;
  mentionsExpected: number;
  mentionsFound: number;
  flags: number;
  flagsRight: number;
  prominenceRight: number;
  developments: number;
  developmentsWrongMain: number;
}

export interface ProminenceScore extends ProminenceCounts {
  /** Labelled main events found (as main or mention) / labelled main events. */
  mainRecall: number | null;
  /** Labelled mentions found / labelled mentions. */
  mentionRecall: number | null;
  /** Found events that are labelled (main or mention) / found events. */
  precision: number | null;
  /** Articles whose found main events are exactly their labelled main events that were found, and nothing else. */
  prominence: number | null;
}

const emptyCounts = (): ProminenceCounts => ({
  pages: 0, mainExpected: 0, mainFound: 0, mentionsExpected: 0, mentionsFound: 0, flags: 0, flagsRight: 0,
  prominenceRight: 0, developments: 0, developmentsWrongMain: 0,
});

/** Adds one article to `c`. */
function countPage(c: ProminenceCounts, got: Map<string, Prominence>, label: PageLabel): void {
  const main = label.main ?? new Set<string>();
  const mentions = label.mentions ?? new Set<string>();
  c.pages++;
  c.mainExpected += main.size;
  c.mentionsExpected += mentions.size;
  for (const id of main) if (got.has(id)) c.mainFound++;
  for (const id of mentions) if (got.has(id)) c.mentionsFound++;
  c.flags += got.size;
  for (const id of got.keys()) if (label.expected.has(id)) c.flagsRight++;
  const foundMain = [...got].filter(([, p]) => p === 'main').map(([id]) => id);
  const wantMain = [...main].filter((id) => got.has(id));
  if (foundMain.length === wantMain.length && foundMain.every((id) => main.has(id))) c.prominenceRight++;
  if (label.kind === 'development') {
    c.developments++;
    if (foundMain.some((id) => !main.has(id))) c.developmentsWrongMain++;
  }
}

const withRatios = (c: ProminenceCounts): ProminenceScore => ({
  ...c,
  mainRecall: ratio(c.mainFound, c.mainExpected),
  mentionRecall: ratio(c.mentionsFound, c.mentionsExpected),
  precision: ratio(c.flagsRight, c.flags),
  prominence: ratio(c.prominenceRight, c.pages),
});

/**
 * The prominence figures over articles labelled with main and mentions, in total and per group
 * (`groupOf(article)`, e.g. the language from the file name). Articles with list labels are left out.
 */
export function scoreProminence(found: Found, labels: Labels, groupOf: (article: string) => string = () => 'all'): {
  total: ProminenceScore; groups: Map<string, ProminenceScore>;
} {
  const total = emptyCounts();
  const groups = new Map<string, ProminenceCounts>();
  for (const [article, label] of labels) {
    const got = found.get(article);
    if (got === undefined || label.main === undefined) continue;
    countPage(total, got, label);
    const g = groupOf(article);
    if (!groups.has(g)) groups.set(g, emptyCounts());
    countPage(groups.get(g)!, got, label);
  }
  return { total: withRatios(total), groups: new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([g, c]) => [g, withRatios(c)])) };
}
