/**
 * Scans pages with two indexes and says where they find different things: the check that an
 * index rewrite (say, moving words into concepts: extract-concepts.ts) changed nothing a reader sees.
 *
 *   npx tsx test/tools/compare-scans.ts OLD.json NEW.json [DIR...]    (default DIR: test/fixtures/pages)
 *
 * Per page it compares the events found (id, score, prominence) and, separately, their evidence
 * texts. Prints one line per difference and a summary; exit 0 when the events are the same on
 * every page, 1 otherwise, 2 on bad arguments or an invalid index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToPage } from '../../lib/extract/html-to-page';
import { formatIssue, parseIndexJson } from '../../lib/index-format/validate-index';
import { compileIndex, matchPage, type CompiledMatcher, type EventMatch } from '../../lib/matcher/index';

function load(file: string): CompiledMatcher {
  const parsed = parseIndexJson(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.map(formatIssue).join('; ')}`);
  if (parsed.dropped.length > 0) throw new Error(`${file}: ${parsed.dropped.length} items are invalid`);
  return compileIndex(parsed.index);
}

const events = (found: EventMatch[]) => found.map((m) => `${m.id} ${m.score.toFixed(4)} ${m.prominence}`);
const evidence = (found: EventMatch[]) =>
  found.map((m) => `${m.id}: ${m.evidence.map((e) => ('text' in e ? e.text : e.kind)).join(' | ')}`);

export async function compareScans(oldFile: string, newFile: string, dirs: string[]) {
  const [before, after] = [load(oldFile), load(newFile)];
  const report = { pages: 0, found: 0, eventDiffs: [] as string[], evidenceDiffs: [] as string[] };
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
      const page = await htmlToPage(readFileSync(join(dir, name), 'utf8'));
      const input = { text: page.text, url: page.canonicalUrl, links: page.links, published: page.published, lang: page.lang, title: page.title };
      const [a, b] = [matchPage(before, input), matchPage(after, input)];
      report.pages++;
      report.found += a.length;
      const [ea, eb] = [events(a), events(b)];
      if (ea.join('\n') !== eb.join('\n')) report.eventDiffs.push(`${join(dir, name)}: before [${ea.join(', ')}] after [${eb.join(', ')}]`);
      else if (evidence(a).join('\n') !== evidence(b).join('\n')) {
        report.evidenceDiffs.push(`${join(dir, name)}: evidence before [${evidence(a).join('; ')}] after [${evidence(b).join('; ')}]`);
      }
    }
  }
  return report;
}

async function main(args: string[]): Promise<number> {
  const [oldFile, newFile, ...rest] = args;
  if (oldFile === undefined || newFile === undefined) {
    console.error('usage: npx tsx test/tools/compare-scans.ts OLD.json NEW.json [DIR...]');
    return 2;
  }
  const dirs = rest.length > 0 ? rest : ['test/fixtures/pages'];
  const r = await compareScans(oldFile, newFile, dirs);
  for (const line of r.eventDiffs) console.log(`EVENTS ${line}`);
  for (const line of r.evidenceDiffs) console.log(`EVIDENCE ${line}`);
  console.log(
    `${r.pages} pages, ${r.found} events found with the old index; ${r.eventDiffs.length} pages find different events ` +
      `(id, score or prominence); ${r.evidenceDiffs.length} more show different evidence`,
  );
  return r.eventDiffs.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === new URL(process.argv[1], `file://${process.cwd()}/`).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
