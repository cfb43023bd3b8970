/**
 * The canonical text of an index: keys in the order of the types in types.ts, entities and
 * concepts sorted by id, events by start date then id, names and concept terms with "en" first then
 * by language code, 2-space indent, trailing newline. Diffs between feed versions stay small and reviewable.
 *
 * Rewrite a file canonically (refuses if anything in it would be dropped):
 *   npx tsx lib/index-format/canonical.ts public/default-index.json
 *   npx tsx lib/index-format/canonical.ts --check public/default-index.json   (exit 1 if not canonical)
 */
import type { Concept, Entity, EventDates, IndexDocument, MatchRule, NewsEvent, Publisher, Source } from './types';
import { formatIssue, parseIndexJson } from './validate-index';

/** Copies `keys` of `value` in this order, leaving out undefined ones. */
function pick<T extends object>(value: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function orderNames(names: Record<string, string[]>): Record<string, string[]> {
  const languages = Object.keys(names).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : byString(a, b)));
  const out: Record<string, string[]> = {};
  for (const language of languages) out[language] = [...(names[language] ?? [])];
  return out;
}

export function orderEntity(e: Entity): Entity {
  return { id: e.id, kind: e.kind, label: e.label, names: orderNames(e.names) };
}

export function orderConcept(c: Concept): Concept {
  return { id: c.id, label: c.label, terms: orderNames(c.terms) };
}

/** An event's language is written only where it differs from the document's (validation fills it in). */
export function orderEvent(e: NewsEvent, documentLanguage?: string): NewsEvent {
  return {
    ...pick(e, ['id', 'title', 'summary']),
    ...(e.language !== undefined && e.language !== documentLanguage ? { language: e.language } : {}),
    dates: pick<EventDates>(e.dates, ['start', 'end', 'reported', 'announced']),
    match: pick<MatchRule>(e.match, ['all', 'any', 'anyMin', 'context', 'minContext', 'requireContext', 'phrases']),
    sources: e.sources.map((s) => pick<Source>(s, ['url', 'outlet', 'title', 'language', 'published', 'kind'])),
    ...pick(e, ['related']),
  } as NewsEvent;
}

export function canonicalJson(doc: IndexDocument): string {
  const ordered = {
    ...pick(doc, ['format', 'formatVersion', 'version', 'title', 'language']),
    publisher: pick<Publisher>(doc.publisher, ['name', 'url']),
    ...pick(doc, ['homepage', 'generated', 'expires']),
    entities: [...doc.entities].sort((a, b) => byString(a.id, b.id)).map(orderEntity),
    ...(doc.concepts === undefined || doc.concepts.length === 0
      ? {}
      : { concepts: [...doc.concepts].sort((a, b) => byString(a.id, b.id)).map(orderConcept) }),
    events: [...doc.events]
      .sort((a, b) => byString(a.dates.start, b.dates.start) || byString(a.id, b.id))
      .map((e) => orderEvent(e, doc.language)),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/* ---------------------------------------------------------------- command line */

async function main(args: string[]): Promise<number> {
  const check = args[0] === '--check';
  const file = check ? args[1] : args[0];
  if (file === undefined) {
    console.error('usage: npx tsx lib/index-format/canonical.ts [--check] FILE.json');
    return 2;
  }
  const { readFile, writeFile } = await import('node:fs/promises');
  const text = await readFile(file, 'utf8');
  const result = parseIndexJson(text);
  if (!result.ok) {
    for (const issue of result.errors) console.error(formatIssue(issue));
    return 1;
  }
  for (const warning of result.warnings) console.warn(`warning: ${formatIssue(warning)}`);
  if (result.dropped.length > 0) {
    for (const item of result.dropped) for (const issue of item.issues) console.error(formatIssue(issue));
    console.error(`${file}: ${result.dropped.length} item(s) are invalid; fix them first (nothing was written)`);
    return 1;
  }
  const canonical = canonicalJson(result.index);
  if (check) {
    if (canonical === text) return 0;
    console.error(`${file} is not in canonical form; run: npx tsx lib/index-format/canonical.ts ${file}`);
    return 1;
  }
  if (canonical !== text) await writeFile(file, canonical, 'utf8');
  console.log(
    `${file}: ${result.index.events.length} events, ${result.index.entities.length} entities, ` +
      `${result.index.concepts?.length ?? 0} concepts, canonical`,
  );
  return 0;
}

/** True when this file is the script being run (never in the extension: no `process` there). */
function isMain(): boolean {
  if (typeof process === 'undefined' || typeof process.argv?.[1] !== 'string') return false;
  const self = new URL(import.meta.url);
  if (self.protocol !== 'file:') return false;
  return new URL(process.argv[1], `file://${process.cwd()}/`).pathname === self.pathname;
}

if (isMain()) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
