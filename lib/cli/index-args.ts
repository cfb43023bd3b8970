/** Command line of `npm run index`: one command, then its arguments, parsed strictly (see USAGE). */
import { CliError } from './cli-error';
import { pageOverrides, strictArgs } from './scan-args';

export const USAGE = `Usage: npm run --silent index -- <command> ...

Commands:
  keygen --out DIR
      Makes an Ed25519 key pair: DIR/private.key (readable by you only; keep it secret and backed
      up) and DIR/public.key (one line, "ed25519:...": what readers paste into Backstory).

  publish INDEX.json --key DIR/private.key --out OUTDIR [--previous OLDDIR]
          [--id FEED-ID] [--refresh SECONDS] [--mirror URL]... [--rotate-from OLD/private.key]
      Validates the index, splits it into shards and writes a signed feed folder to OUTDIR
      (feed.json, feed.json.sig, shards/, and keys.json after a key change). Title, publisher,
      homepage, language, version, generated and expires come from the index.
      --previous   the folder of the last release: refuses a version not above it, keeps its id,
                   refresh, mirrors and key changes unless given again; unchanged shards keep their names
      --id         the feed's id (lowercase letters, digits, dashes); default for a first release: the index's title (else its publisher) as such
      --refresh    how often readers check, in seconds (default 21600 = 6 hours)
      --mirror     base URL of another host serving the same folder (repeat for several)
      --rotate-from  move the feed to --key: writes a key change signed by this (old) key

  verify DIR_OR_URL --public-key KEY [--installed-version N]
      Checks a published feed exactly as Backstory does before installing it (signature, key
      changes, sizes, hashes, version, expiry, content). KEY is the key text or a file holding it.
      Exit 0 when it would be installed; otherwise one line per problem and exit 1.

  check INDEX.json ARTICLE... [--labels FILE|DIR] [--min-precision X] [--min-recall X]
        [--date YYYY-MM-DD] [--url URL]
      Scans the articles (HTML or text) as \`npm run scan\` does, one JSON line per article. With
      --labels (a JSON object: {"article.html": ["event-id", ...]}, paths relative to the labels
      file; or a directory of ARTICLE.labels.json files) it also prints one JSON line per event
      with precision and recall, and exits 1 when an event is below --min-precision or
      --min-recall (numbers from 0 to 1). Labels of the form {"main": [...], "mentions": [...]}
      add one line {"prominence": ...}: main-event and mention recall, the share of flags that
      are right, and the share of articles whose main events are right.

  -h, --help   show this help

Exit code 0 on success; 1 when verify refuses a feed or check is below a threshold; 2 on a usage
error, an unreadable file or invalid input (one line on stderr).
`;

export type IndexArgs =
  | { command: 'help' }
  | { command: 'keygen'; out: string }
  | {
      command: 'publish';
      index: string;
      key: string;
      out: string;
      previous?: string;
      id?: string;
      refresh?: number;
      mirrors?: string[];
      rotateFrom?: string;
    }
  | { command: 'verify'; target: string; publicKey: string; installedVersion?: number }
  | {
      command: 'check';
      index: string;
      articles: string[];
      labels?: string;
      minPrecision?: number;
      minRecall?: number;
      date?: string;
      url?: string;
    };

const COMMANDS = ['keygen', 'publish', 'verify', 'check'] as const;

function needed(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new CliError(`${flag} is needed (see --help)`);
  return value;
}

function positionals(list: string[], count: number, what: string): string[] {
  if (list.length < count) throw new CliError(`${what} is needed (see --help)`);
  return list;
}

function wholeNumber(value: string, flag: string): number {
  if (!/^\d{1,15}$/.test(value)) throw new CliError(`${flag} must be a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

function fraction(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new CliError(`${flag} must be a number from 0 to 1, got ${JSON.stringify(value)}`);
  return n;
}

function noExtra(rest: string[], command: string): void {
  if (rest.length > 0) throw new CliError(`${command}: unexpected argument ${JSON.stringify(rest[0])} (see --help)`);
}

/** Parses argv (without node and script); throws CliError with a one-line message. */
export function parseIndexArgs(argv: string[]): IndexArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new CliError(`unknown command ${JSON.stringify(command)}: use one of ${COMMANDS.join(', ')} (see --help)`);
  }
  if (rest.includes('-h') || rest.includes('--help')) return { command: 'help' };

  switch (command as (typeof COMMANDS)[number]) {
    case 'keygen': {
      const { values, positionals: extra } = strictArgs(rest, { out: { type: 'string' } });
      noExtra(extra, 'keygen');
      return { command: 'keygen', out: needed(values.out, '--out') };
    }
    case 'publish': {
      const { values, positionals: files } = strictArgs(rest, {
        key: { type: 'string' },
        out: { type: 'string' },
        previous: { type: 'string' },
        id: { type: 'string' },
        refresh: { type: 'string' },
        mirror: { type: 'string', multiple: true },
        'rotate-from': { type: 'string' },
      });
      const [index, ...extra] = positionals(files, 1, 'the index file (INDEX.json)');
      noExtra(extra, 'publish');
      const args: IndexArgs = { command: 'publish', index: index!, key: needed(values.key, '--key'), out: needed(values.out, '--out') };
      if (values.previous !== undefined) args.previous = needed(values.previous, '--previous');
      if (values.id !== undefined) args.id = values.id;
      if (values.refresh !== undefined) args.refresh = wholeNumber(values.refresh, '--refresh');
      if (values.mirror !== undefined) args.mirrors = values.mirror;
      if (values['rotate-from'] !== undefined) args.rotateFrom = needed(values['rotate-from'], '--rotate-from');
      return args;
    }
    case 'verify': {
      const { values, positionals: targets } = strictArgs(rest, {
        'public-key': { type: 'string' },
        'installed-version': { type: 'string' },
      });
      const [target, ...extra] = positionals(targets, 1, 'the feed folder or URL');
      noExtra(extra, 'verify');
      const args: IndexArgs = { command: 'verify', target: target!, publicKey: needed(values['public-key'], '--public-key') };
      if (values['installed-version'] !== undefined) args.installedVersion = wholeNumber(values['installed-version'], '--installed-version');
      return args;
    }
    case 'check': {
      const { values, positionals: files } = strictArgs(rest, {
        labels: { type: 'string' },
        'min-precision': { type: 'string' },
        'min-recall': { type: 'string' },
        date: { type: 'string' },
        url: { type: 'string' },
      });
      const [index, ...articles] = positionals(files, 2, 'INDEX.json and at least one article');
      const args: IndexArgs = { command: 'check', index: index!, articles };
      if (values.labels !== undefined) args.labels = needed(values.labels, '--labels');
      const minPrecision = fraction(values['min-precision'], '--min-precision');
      const minRecall = fraction(values['min-recall'], '--min-recall');
      if ((minPrecision !== undefined || minRecall !== undefined) && args.labels === undefined) {
        throw new CliError('--min-precision and --min-recall need --labels');
      }
      if (minPrecision !== undefined) args.minPrecision = minPrecision;
      if (minRecall !== undefined) args.minRecall = minRecall;
      return Object.assign(args, pageOverrides(values));
    }
  }
}
