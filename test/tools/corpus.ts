/**
 * The accuracy corpus (test/corpus, see its README): reads each page of a folder as the extension
 * does (htmlToPage), matches it against the bundled index and scores it against its labels.
 * Used by test/unit/accuracy/corpus.test.ts and by `npx tsx test/tools/score-corpus.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseLabel, scoreEvents, scoreProminence, type Found, type Labels } from '../../lib/cli/labels';
import { readPage } from '../../lib/cli/read-page';
import { formatIssue, parseIndexJson } from '../../lib/index-format/validate-index';
import { compileIndex, matchPage, type EventMatch } from '../../lib/matcher/index';
import type { IndexDocument } from '../../lib/index-format/types';

export const CORPUS = new URL('../corpus/', import.meta.url).pathname;
export const DEFAULT_INDEX = new URL('../../public/default-index.json', import.meta.url).pathname;

export interface CorpusRun {
  labels: Labels;
  found: Found;
  matches: Map<string, EventMatch[]>;
}

export function loadDefaultIndex(): IndexDocument {
  const parsed = parseIndexJson(readFileSync(DEFAULT_INDEX, 'utf8'));
  if (!parsed.ok) throw new Error(`default index is invalid: ${parsed.errors.map(formatIssue).join('; ')}`);
  return parsed.index;
}

/** Scans every `<page>.html` of `dir` that has a `<page>.labels.json`. */
export async function runCorpus(dir: string, index: IndexDocument = loadDefaultIndex()): Promise<CorpusRun> {
  const matcher = compileIndex(index);
  const labels: Labels = new Map();
  const found: Found = new Map();
  const matches = new Map<string, EventMatch[]>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.labels.json')).sort()) {
    const html = join(dir, name.replace(/\.labels\.json$/, '.html'));
    labels.set(html, parseLabel(JSON.parse(readFileSync(join(dir, name), 'utf8')), name));
    const m = matchPage(matcher, await readPage(html, {})); // read as `index check` reads it
    matches.set(html, m);
    found.set(html, new Map(m.map((e) => [e.id, e.prominence])));
  }
  return { labels, found, matches };
}

/** The page's language: the file name's prefix ("uk-geneva-talks.html" -> "uk"). */
export const languageOf = (file: string): string => basename(file).split('-')[0]!;

export function scoreCorpus(run: CorpusRun) {
  return {
    ...scoreProminence(run.found, run.labels, languageOf),
    events: scoreEvents(run.found, run.labels),
  };
}

/** One line per page that is not fully right: what was expected and what was found. */
export function misses(run: CorpusRun): string[] {
  const out: string[] = [];
  for (const [file, label] of run.labels) {
    const got = run.found.get(file)!;
    const main = label.main ?? new Set<string>();
    const mentions = label.mentions ?? new Set<string>();
    const wrong = [...got].filter(([id, p]) => !label.expected.has(id) || (p === 'main') !== main.has(id));
    const missed = [...label.expected].filter((id) => !got.has(id));
    if (wrong.length === 0 && missed.length === 0) continue;
    const fmt = (m: EventMatch) => `${m.id}:${m.prominence[1]}${m.score.toFixed(2)}`;
    out.push(`${basename(file)} [${label.kind ?? ''}] main=${[...main].join(',') || '-'} mentions=${[...mentions].join(',') || '-'} | found ${run.matches.get(file)!.map(fmt).join(' ') || '-'}${missed.length ? ` | missed ${missed.join(',')}` : ''}`);
  }
  return out;
}
