/**
 * The bundled index's matcher, compiled by the build (wxt.config.ts) and shipped beside the index
 * as default-matcher.bin, so that installing the bundled feed is reading and storing, not
 * compiling (issue 8: the bundled index installs in under 300 ms; its compile alone took most of
 * that in the worker). The file is stamped with the engine's MATCHER_FORMAT and the SHA-256 of the
 * exact index bytes it was compiled from: the worker uses it only when both match what it has, and
 * compiles otherwise (a build whose index was swapped after compiling, a damaged file). Pure: the
 * caller reads the files.
 */
import { sha256Hex } from '../feed/bytes';
import { formatIssue, parseIndexJson } from '../index-format/validate-index';
import { compileIndex, MATCHER_FORMAT, toStored, type CompiledMatcher } from '../matcher';
import { packMatcher, unpackMatcher } from '../matcher/packed';

/** Beside default-index.json in the extension's root. */
export const BUNDLED_MATCHER_FILE = 'default-matcher.bin';

const stampOf = async (indexBytes: Uint8Array): Promise<string> => `matcher-format-${MATCHER_FORMAT} index-sha256-${await sha256Hex(indexBytes)}`;

/** Build time: the packed matcher of the index file `indexBytes`. Throws when the index is not valid. */
export async function packBundledMatcher(indexBytes: Uint8Array): Promise<Uint8Array> {
  const parsed = parseIndexJson(new TextDecoder().decode(indexBytes));
  if (!parsed.ok) throw new Error(`the bundled index is invalid: ${parsed.errors.slice(0, 3).map(formatIssue).join('; ')}`);
  return packMatcher(toStored(compileIndex(parsed.index)), await stampOf(indexBytes));
}

/**
 * Run time: the shipped matcher, when it was compiled from exactly `indexBytes` by this engine
 * version; null when it was not or cannot be read (the caller compiles then).
 */
export async function unpackBundledMatcher(asset: Uint8Array, indexBytes: Uint8Array): Promise<CompiledMatcher | null> {
  try {
    const { stamp, matcher } = unpackMatcher(asset);
    return stamp === (await stampOf(indexBytes)) ? matcher : null;
  } catch {
    return null;
  }
}
