/**
 * Key rotation. keys.json lists key changes; each says "feed F moves from key A to key B" and is
 * signed by A. A subscriber who trusts A and meets a feed.json signed by C follows the changes
 * from A (A -> B -> C), checking each signature with the key it already trusts before reading the
 * statement. A key it was not led to this way is refused, whatever keys.json claims.
 */
import { fromBase64, toBase64, utf8 } from './bytes';
import { FEED_FORMAT_VERSION, KEY_CHANGE_FORMAT, KEYS_FILE, type KeyChange, type SignedKeyChange } from './format';
import { parsePublicKey, sign, type SigningKey, type TrustedKey, verifySignature } from './keys';
import { parseKeyChange, parseKeys } from './parse';
import { type Checked, ok, problems, refused } from './problems';

export interface KeyChainResult {
  /** The key that signs the feed now (the last one of the chain). */
  key: TrustedKey;
  /** Feed ids the followed changes were made for (the caller checks them against feed.json). */
  feeds: string[];
}

/** Follows keys.json (size-capped bytes) from `trust` to the key named `target`. */
export async function followKeyChain(trust: TrustedKey, target: string, keysBytes: Uint8Array): Promise<Checked<KeyChainResult>> {
  const parsed = parseKeys(keysBytes);
  if (!parsed.ok) return parsed;
  const changes = parsed.value.changes;
  let current = trust;
  const feeds: string[] = [];
  const visited = new Set([trust.keyId]);
  while (current.keyId !== target) {
    const candidates = changes.map((c, i) => ({ c, i })).filter(({ c }) => c.from === current.keyId);
    if (candidates.length === 0) return refused(problems.wrongKey(target));
    let next: { key: TrustedKey; change: KeyChange } | undefined;
    let broken: string | undefined;
    for (const { c, i } of candidates) {
      const where = `${KEYS_FILE}: changes[${i}]`;
      const statement = fromBase64(c.statement);
      const signature = fromBase64(c.signature);
      if (statement === undefined || signature === undefined || !(await verifySignature(current, signature, statement))) {
        broken ??= `${where} is not signed by key ${current.keyId}`;
        continue;
      }
      const change = parseKeyChange(where, statement);
      if (!change.ok) return change;
      if (change.value.from !== current.keyId) {
        broken ??= `${where} says it leaves key ${change.value.from}, but key ${current.keyId} signed it`;
        continue;
      }
      const key = parsePublicKey(change.value.to);
      if (!key.ok) return key;
      next = { key: key.value, change: change.value };
      break;
    }
    if (next === undefined) return refused(problems.brokenKeyChain(KEYS_FILE, broken ?? 'no valid change'));
    if (visited.has(next.key.keyId)) return refused(problems.brokenKeyChain(KEYS_FILE, 'the key changes go round in a circle'));
    visited.add(next.key.keyId);
    feeds.push(next.change.feed);
    current = next.key;
  }
  return ok({ key: current, feeds });
}

/** Publisher side: the signed statement that moves feed `feedId` from `from` to `to`. */
export async function makeKeyChange(from: SigningKey, to: TrustedKey, feedId: string, date: string): Promise<SignedKeyChange> {
  const statement: KeyChange = {
    format: KEY_CHANGE_FORMAT,
    formatVersion: FEED_FORMAT_VERSION,
    feed: feedId,
    from: from.trust.keyId,
    to: to.publicKey,
    date,
  };
  const bytes = utf8(JSON.stringify(statement));
  return { from: from.trust.keyId, statement: toBase64(bytes), signature: toBase64(await sign(from, bytes)) };
}
