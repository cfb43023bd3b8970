/** Command line of `npm run scan`: parsed strictly with node:util parseArgs, then checked. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, errorMessage } from './cli-error';

export interface ScanArgs {
  help: boolean;
  /** Index file; undefined means the bundled default index. */
  index?: string;
  /** Publication date override, YYYY-MM-DD. */
  date?: string;
  /** Page URL override, absolute http(s). */
  url?: string;
  files: string[];
}

export const USAGE = `Usage: npm run --silent scan -- [--index FILE] [--date YYYY-MM-DD] [--url URL] FILE...

Scans news pages (HTML) or plain text files for the events of a Backstory index and prints one
JSON line per file, in argument order:
  {"file": "...", "events": [{"id", "title", "score", "evidence", "sources"}]}

Options:
  --index FILE         index JSON to use (default: the bundled public/default-index.json)
  --date YYYY-MM-DD    publication date of the page(s), overriding the page's own metadata
  --url URL            URL of the page(s), overriding the page's canonical URL
  -h, --help           show this help

Exit code 0 when every file was scanned, 2 on a usage error, an unreadable or invalid index,
or an unreadable file (the other files are still scanned and printed).
`;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** node:util parseArgs, strict, positionals allowed; its errors become one-line CliErrors. */
export function strictArgs<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: true, options });
  } catch (error) {
    // parseArgs explains in several sentences; the first one says what is wrong.
    const first = errorMessage(error).split(/(?<=\.) /)[0] ?? '';
    throw new CliError(`${first.replace(/\.$/, '')} (see --help)`);
  }
}

/** --date and --url, checked: the page overrides `scan` and `index check` share. */
export function pageOverrides(values: { date?: string | undefined; url?: string | undefined }): { date?: string; url?: string } {
  const out: { date?: string; url?: string } = {};
  if (values.date !== undefined) {
    if (!isIsoDate(values.date)) throw new CliError(`--date must be YYYY-MM-DD, got ${JSON.stringify(values.date)}`);
    out.date = values.date;
  }
  if (values.url !== undefined) {
    if (!isHttpUrl(values.url)) throw new CliError(`--url must be an absolute http(s) URL, got ${JSON.stringify(values.url)}`);
    out.url = values.url;
  }
  return out;
}

/** Parses argv (without node and script); throws CliError with a one-line message. */
export function parseScanArgs(argv: string[]): ScanArgs {
  const parsed = strictArgs(argv, {
    index: { type: 'string' },
    date: { type: 'string' },
    url: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const { values, positionals } = parsed;
  const args: ScanArgs = { help: values.help === true, files: positionals };
  if (args.help) return args;

  if (values.index !== undefined) {
    if (values.index === '') throw new CliError('--index needs a file name');
    args.index = values.index;
  }
  Object.assign(args, pageOverrides(values));
  if (args.files.length === 0) throw new CliError('no files to scan (see --help)');
  return args;
}
