/**
 * `npm run --silent index -- <keygen|publish|verify|check> ...`: the publisher's tools (see USAGE
 * in index-args.ts and the README). Errors are one line on stderr ("index: ..."), exit code 2;
 * verify's refusals and check's thresholds exit 1.
 */
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KEYS_FILE, MANIFEST_FILE, SIGNATURE_FILE } from '../feed/format';
import { generateSigningKey, parsePublicKey, readSigningKey, type SigningKey } from '../feed/keys';
import { loadFeed } from '../feed/load-feed';
import { keysSchema, parseJsonFile, parseManifest } from '../feed/parse';
import { formatProblem } from '../feed/problems';
import { DEFAULT_REFRESH_SECONDS, defaultFeedId, publishFeed, type PublishInput } from '../feed/publish';
import { fetchTransport } from '../feed/transport';
import { compileIndex, matchPage } from '../matcher/index';
import { CliError, errorMessage, oneLine } from './cli-error';
import { fileTransport } from './file-transport';
import { formatResult } from './format-result';
import { parseIndexArgs, USAGE, type IndexArgs } from './index-args';
import { readLabels, scoreEvents, scoreProminence, type Found } from './labels';
import { loadIndex } from './load-index';
import { readPage } from './read-page';

const EXIT_REFUSED = 1;
const EXIT_ERROR = 2;

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`index: ${oneLine(line)}\n`);

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${what} ${file}: ${errorMessage(error)}`);
  }
}

async function signingKey(file: string): Promise<SigningKey> {
  const pem = await readText(file, 'private key');
  try {
    return await readSigningKey(pem);
  } catch (error) {
    throw new CliError(`${file}: ${errorMessage(error)}`);
  }
}

/* ---------------------------------------------------------------- keygen */

async function keygen(dir: string): Promise<void> {
  const { key, privatePem } = await generateSigningKey();
  try {
    await mkdir(dir, { recursive: true });
    // 'wx': never overwrite a key someone may already have published.
    await writeFile(join(dir, 'private.key'), privatePem, { mode: 0o600, flag: 'wx' });
    await chmod(join(dir, 'private.key'), 0o600);
    await writeFile(join(dir, 'public.key'), `${key.trust.publicKey}\n`, { flag: 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    throw new CliError(exists ? `${dir} already holds a key; keygen never overwrites one (choose another --out)` : `cannot write keys to ${dir}: ${errorMessage(error)}`);
  }
  out(`wrote ${join(dir, 'private.key')} (secret: readable by you only) and ${join(dir, 'public.key')}`);
  out(`public key (give it to readers): ${key.trust.publicKey}`);
}

/* ---------------------------------------------------------------- publish */

async function readPrevious(dir: string): Promise<NonNullable<PublishInput['previous']>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(dir, MANIFEST_FILE));
  } catch (error) {
    throw new CliError(`cannot read the previous feed ${join(dir, MANIFEST_FILE)}: ${errorMessage(error)}`);
  }
  const manifest = parseManifest(bytes);
  if (!manifest.ok) throw new CliError(`previous feed ${dir}: ${formatProblem(manifest.problems[0]!)}`);
  let keysBytes: Uint8Array | undefined;
  try {
    keysBytes = await readFile(join(dir, KEYS_FILE));
  } catch {
    keysBytes = undefined; // no key change yet
  }
  if (keysBytes === undefined) return { manifest: manifest.value };
  const keys = parseJsonFile(KEYS_FILE, keysBytes, keysSchema);
  if (!keys.ok) throw new CliError(`previous feed ${dir}: ${formatProblem(keys.problems[0]!)}`);
  return { manifest: manifest.value, keys: keys.value };
}

async function publish(args: Extract<IndexArgs, { command: 'publish' }>): Promise<void> {
  const { index, warnings } = await loadIndex(args.index);
  if (warnings.length > 0) {
    const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : '';
    throw new CliError(`${warnings[0]!.replace(/^index /, 'invalid index ')}${more}; nothing was published`);
  }
  const key = await signingKey(args.key);
  const rotateFrom = args.rotateFrom === undefined ? undefined : await signingKey(args.rotateFrom);
  const previous = args.previous === undefined ? undefined : await readPrevious(args.previous);
  const feedId = args.id ?? previous?.manifest.id ?? defaultFeedId(index.title, index.publisher.name);
  if (feedId === undefined) throw new CliError('--id is needed: neither the index\'s title nor its publisher gives a feed id');
  const input: PublishInput = {
    index,
    key,
    feedId,
    refreshSeconds: args.refresh ?? previous?.manifest.refresh.seconds ?? DEFAULT_REFRESH_SECONDS,
    now: Date.now(),
  };
  const mirrors = args.mirrors ?? previous?.manifest.mirrors;
  if (mirrors !== undefined) input.mirrors = mirrors;
  if (previous !== undefined) input.previous = previous;
  if (rotateFrom !== undefined) input.rotateFrom = rotateFrom;
  let feed;
  try {
    feed = await publishFeed(input);
  } catch (error) {
    throw new CliError(`cannot publish: ${errorMessage(error)}`);
  }

  // Shards first, feed.json last: a reader who looks mid-way sees the old manifest or a
  // signature mismatch (and retries later), never a manifest whose shards are missing.
  const written: string[] = [];
  try {
    await mkdir(join(args.out, 'shards'), { recursive: true });
    const last = [SIGNATURE_FILE, MANIFEST_FILE];
    const order = [...[...feed.files.keys()].filter((p) => !last.includes(p)), ...last];
    for (const path of order) {
      const target = join(args.out, path);
      const bytes = feed.files.get(path)!;
      // Shards are named by their hash: one already there is already right.
      if (path.startsWith('shards/') && (await stat(target).catch(() => undefined))?.size === bytes.length) continue;
      await writeFile(target, bytes);
      written.push(path);
    }
  } catch (error) {
    throw new CliError(`cannot write the feed to ${args.out}: ${errorMessage(error)}`);
  }
  const m = feed.manifest;
  const newBytes = feed.added.reduce((sum, p) => sum + feed.files.get(p)!.length, 0);
  out(
    `published ${m.id} version ${m.version} to ${args.out}: ${index.events.length} events, ${index.entities.length} entities in ` +
      `${m.shards.length} shards (${feed.reused.length} unchanged, ${feed.added.length} new, ${newBytes} bytes new), signed by key ${m.keyId}` +
      (rotateFrom === undefined ? '' : ` (key change from ${rotateFrom.trust.keyId} written to ${KEYS_FILE})`),
  );
}

/* ---------------------------------------------------------------- verify */

async function verify(args: Extract<IndexArgs, { command: 'verify' }>): Promise<void> {
  const keyText = args.publicKey.trim().startsWith('ed25519:') ? args.publicKey : await readText(args.publicKey, 'public key');
  const trust = parsePublicKey(keyText);
  if (!trust.ok) throw new CliError(`--public-key: ${formatProblem(trust.problems[0]!)}`);
  const isUrl = /^https?:\/\//i.test(args.target);
  let feedUrl: string;
  if (isUrl) {
    feedUrl = args.target;
  } else {
    const info = await stat(args.target).catch(() => undefined);
    if (info === undefined) throw new CliError(`cannot read ${args.target}: no such file or folder`);
    feedUrl = pathToFileURL(info.isDirectory() ? join(resolve(args.target), MANIFEST_FILE) : resolve(args.target)).href;
  }
  const transport = isUrl ? fetchTransport() : fileTransport;
  const options: Parameters<typeof loadFeed>[3] = { now: Date.now() };
  if (args.installedVersion !== undefined) options.installedVersion = args.installedVersion;
  const result = await loadFeed(feedUrl, trust.value, transport, options);
  if (!result.ok) {
    for (const p of result.problems) out(formatProblem(p));
    process.exitCode = EXIT_REFUSED;
    return;
  }
  if (result.value.unchanged) {
    out(`unchanged: the feed's version is the installed version ${args.installedVersion}`);
    return;
  }
  const { manifest, index, dropped, trust: key, transferredBytes } = result.value;
  for (const p of dropped) err(`warning: left out: ${formatProblem(p)}`);
  out(
    `ok: ${manifest.id} "${manifest.title}" version ${manifest.version}: ${index.events.length} events, ` +
      `${index.entities.length} entities, ${manifest.shards.length} shards, ${transferredBytes} bytes; ` +
      `signed by key ${key.keyId}${key.keyId === trust.value.keyId ? '' : ` (led to from ${trust.value.keyId} by ${KEYS_FILE})`}; expires ${manifest.expires}`,
  );
}

/* ---------------------------------------------------------------- check */

async function check(args: Extract<IndexArgs, { command: 'check' }>): Promise<void> {
  const { index, warnings } = await loadIndex(args.index);
  for (const warning of warnings) err(`warning: ${warning}`);
  const labels = args.labels === undefined ? undefined : await readLabels(args.labels);
  let matcher;
  try {
    matcher = compileIndex(index);
  } catch (error) {
    throw new CliError(`cannot compile index: ${errorMessage(error)}`);
  }
  const found: Found = new Map();
  for (const file of args.articles) {
    try {
      const page = await readPage(file, { date: args.date, url: args.url });
      const line = formatResult(file, matchPage(matcher, page), index);
      out(JSON.stringify(line));
      found.set(resolve(file), new Map(line.events.map((e) => [e.id, e.prominence])));
    } catch (error) {
      err(error instanceof CliError ? error.message : `${file}: ${errorMessage(error)}`);
      process.exitCode = EXIT_ERROR;
    }
  }
  if (labels === undefined) return;
  for (const file of args.articles) if (!labels.has(resolve(file))) err(`warning: ${file} has no labels; left out of precision and recall`);
  const known = new Set(index.events.map((e) => e.id));
  for (const label of labels.values()) for (const id of label.expected) if (!known.has(id)) known.add(id), err(`warning: labels name event "${id}", which the index does not have`);
  let below = false;
  for (const score of scoreEvents(found, labels)) {
    out(JSON.stringify(score));
    const lowPrecision = args.minPrecision !== undefined && score.precision !== null && score.precision < args.minPrecision;
    const lowRecall = args.minRecall !== undefined && score.recall !== null && score.recall < args.minRecall;
    if (lowPrecision) err(`event ${score.event}: precision ${score.precision} is below ${args.minPrecision}`);
    if (lowRecall) err(`event ${score.event}: recall ${score.recall} is below ${args.minRecall}`);
    below ||= lowPrecision || lowRecall;
  }
  const prominence = scoreProminence(found, labels);
  if (prominence.total.pages > 0) out(JSON.stringify({ prominence: prominence.total }));
  if (below && process.exitCode === undefined) process.exitCode = EXIT_REFUSED;
}

/* ---------------------------------------------------------------- main */

async function main(argv: string[]): Promise<void> {
  const args = parseIndexArgs(argv);
  switch (args.command) {
    case 'help':
      process.stdout.write(USAGE);
      return;
    case 'keygen':
      return keygen(args.out);
    case 'publish':
      return publish(args);
    case 'verify':
      return verify(args);
    case 'check':
      return check(args);
  }
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  err(error instanceof CliError ? error.message : `unexpected error: ${errorMessage(error)}`);
  process.exitCode = EXIT_ERROR;
});
