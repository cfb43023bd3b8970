/**
 * `npm run --silent scan -- [--index FILE] [--date YYYY-MM-DD] [--url URL] FILE...`
 * Scans pages for the events of an index and prints one JSON line per file (see USAGE).
 * Errors are one line on stderr ("scan: ..."); exit code 2 if anything went wrong.
 */
import { compileIndex, matchPage } from '../matcher/index';
import { CliError, errorMessage } from './cli-error';
import { formatResult } from './format-result';
import { DEFAULT_INDEX_PATH, loadIndex } from './load-index';
import { readPage } from './read-page';
import { parseScanArgs, USAGE } from './scan-args';

const EXIT_ERROR = 2;

function fail(message: string): void {
  process.stderr.write(`scan: ${message}\n`);
  process.exitCode = EXIT_ERROR;
}

async function main(argv: string[]): Promise<void> {
  const args = parseScanArgs(argv);
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  const { index, warnings } = await loadIndex(args.index ?? DEFAULT_INDEX_PATH);
  for (const warning of warnings) process.stderr.write(`scan: warning: ${warning}\n`);
  let matcher;
  try {
    matcher = compileIndex(index);
  } catch (error) {
    throw new CliError(`cannot compile index: ${errorMessage(error)}`);
  }
  for (const file of args.files) {
    try {
      const page = await readPage(file, { date: args.date, url: args.url });
      const line = formatResult(file, matchPage(matcher, page), index);
      process.stdout.write(`${JSON.stringify(line)}\n`);
    } catch (error) {
      // One bad file must not stop the others.
      fail(error instanceof CliError ? error.message : `${file}: ${errorMessage(error)}`);
    }
  }
}

// `scan ... | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  fail(error instanceof CliError ? error.message : `unexpected error: ${errorMessage(error)}`);
});
