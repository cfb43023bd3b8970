/**
 * What the matching engine finds on a served test page, computed in Node the way the scan CLI does
 * (same engine, same text extraction), against the index the build ships.
 */
import { join } from 'node:path';
import { loadIndex } from '../../../lib/cli/load-index';
import { readPage } from '../../../lib/cli/read-page';
import { compileIndex, matchPage } from '../../../lib/matcher';
import { E2E_PAGES } from './paths';

/** Event ids found on test/e2e/pages/<file> served at `url`, sorted. */
export async function engineEventIds(extensionDir: string, file: string, url: string): Promise<string[]> {
  const { index } = await loadIndex(join(extensionDir, 'default-index.json'));
  const page = await readPage(join(E2E_PAGES, file), { url });
  return matchPage(compileIndex(index), page)
    .map((m) => m.id)
    .sort();
}
