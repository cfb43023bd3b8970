/**
 * Prints the accuracy corpus's figures: `npx tsx test/tools/score-corpus.ts [pages|held-out] [--misses]`
 * (in total, per language and per event; --misses lists every page not fully right).
 */
import { join } from 'node:path';
import { CORPUS, misses, runCorpus, scoreCorpus } from './corpus';

const folder = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'pages';
const run = await runCorpus(join(CORPUS, folder));
const score = scoreCorpus(run);
const pct = (x: number | null) => (x === null ? '–' : x.toFixed(2));
const row = (name: string, s: typeof score.total) =>
  `| ${name} | ${s.pages} | ${pct(s.mainRecall)} (${s.mainFound}/${s.mainExpected}) | ${pct(s.mentionRecall)} (${s.mentionsFound}/${s.mentionsExpected}) | ${pct(s.precision)} (${s.flagsRight}/${s.flags}) | ${pct(s.prominence)} | ${s.developmentsWrongMain}/${s.developments} |`;
console.log(`| ${folder} | pages | main recall | mention recall | flags right | prominence right | developments given a wrong main |`);
console.log('|---|---|---|---|---|---|---|');
console.log(row('all', score.total));
for (const [lang, s] of score.groups) console.log(row(lang, s));
console.log('\n| event | found right | wrong | missed | precision | recall |\n|---|---|---|---|---|---|');
for (const e of score.events) console.log(`| ${e.event} | ${e.tp} | ${e.fp} | ${e.fn} | ${pct(e.precision)} | ${pct(e.recall)} |`);
if (process.argv.includes('--misses')) console.log(`\n${misses(run).join('\n')}`);
