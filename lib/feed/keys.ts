/**
 * Ed25519 keys of feed publishers, through WebCrypto (crypto.subtle): Node 20, Chrome 137+ and
 * Firefox 129+ all implement Ed25519, so no library is bundled.
 *
 *  - Public key text (what a reader pastes): `ed25519:` + standard base64 of the 32 raw bytes.
 *  - keyId: lowercase hex of the first 8 bytes of the raw key. It only names the key (in
 *    feed.json, feed.json.sig, keys.json); it proves nothing: signatures are always checked with
 *    the full key the reader trusts or was led to by a signed key change.
 *  - Private key file: PKCS#8 in PEM ("-----BEGIN PRIVATE KEY-----"), as OpenSSL writes it.
 *  - Signature file (feed.json.sig): one line `ed25519 <keyId> <base64 of the 64-byte signature>`.
 */
import { fromBase64, toBase64, toHex, utf8 } from './bytes';
import { type Checked, ok, problems, refused } from './problems';

export interface TrustedKey {
  keyId: string;
  /** The one-line text, `ed25519:<base64>`. */
  publicKey: string;
}

const ALGORITHM = { name: 'Ed25519' } as const;
const PUBLIC_PREFIX = 'ed25519:';
const KEY_ID_PATTERN = /^[0-9a-f]{16}$/;

export const isKeyId = (text: string): boolean => KEY_ID_PATTERN.test(text);

function keyIdOf(raw: Uint8Array): string {
  return toHex(raw.subarray(0, 8));
}

export function formatPublicKey(raw: Uint8Array): string {
  return `${PUBLIC_PREFIX}${toBase64(raw)}`;
}

/** The 32 raw bytes of a public key text, or undefined. */
function rawPublicKey(text: string): Uint8Array | undefined {
  if (!text.startsWith(PUBLIC_PREFIX)) return undefined;
  const raw = fromBase64(text.slice(PUBLIC_PREFIX.length));
  return raw?.length === 32 ? raw : undefined;
}

/** Reads the text a reader pasted (surrounding spaces and newlines are ignored). */
export function parsePublicKey(text: string): Checked<TrustedKey> {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  const raw = rawPublicKey(trimmed);
  if (raw === undefined) {
    return refused(
      problems.invalid('public key', 'must be "ed25519:" followed by the base64 of 32 bytes, as the publisher gives it'),
    );
  }
  return ok({ keyId: keyIdOf(raw), publicKey: trimmed });
}

/** Checks an Ed25519 signature over `bytes` with a trusted key. Never throws: false on any failure. */
export async function verifySignature(key: TrustedKey, signature: Uint8Array, bytes: Uint8Array): Promise<boolean> {
  const raw = rawPublicKey(key.publicKey);
  if (raw === undefined || signature.length !== 64) return false;
  try {
    const imported = await crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(ALGORITHM, imported, signature as Uint8Array<ArrayBuffer>, bytes as Uint8Array<ArrayBuffer>);
  } catch {
    return false;
  }
}

/* ---------------------------------------------------------------- signature file */

export interface SignatureLine {
  keyId: string;
  signature: Uint8Array;
}

export const SIGNATURE_SCHEME = 'ed25519';

export function formatSignatureLine(keyId: string, signature: Uint8Array): string {
  return `${SIGNATURE_SCHEME} ${keyId} ${toBase64(signature)}\n`;
}

/** Parses feed.json.sig (already size-capped). Undefined when it is not exactly one such line. */
export function parseSignatureLine(text: string): SignatureLine | undefined {
  const m = /^ed25519 ([0-9a-f]{16}) ([A-Za-z0-9+/=]{88})\r?\n?$/.exec(text);
  if (!m) return undefined;
  const signature = fromBase64(m[2]!);
  return signature?.length === 64 ? { keyId: m[1]!, signature } : undefined;
}

/* ---------------------------------------------------------------- signing (publisher side) */

export interface SigningKey {
  trust: TrustedKey;
  privateKey: CryptoKey;
}

export async function generateSigningKey(): Promise<{ key: SigningKey; privatePem: string }> {
  const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const trust = { keyId: keyIdOf(raw), publicKey: formatPublicKey(raw) };
  return { key: { trust, privateKey: pair.privateKey }, privatePem: toPem(pkcs8) };
}

function toPem(pkcs8: Uint8Array): string {
  const lines = toBase64(pkcs8).match(/.{1,64}/g) ?? [];
  return `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----\n`;
}

/** Reads a private key file (PKCS#8 PEM). Throws an Error with a one-line message. */
export async function readSigningKey(pem: string): Promise<SigningKey> {
  const m = /-----BEGIN PRIVATE KEY-----([\sA-Za-z0-9+/=]+)-----END PRIVATE KEY-----/.exec(pem);
  const der = m ? fromBase64(m[1]!.replace(/\s+/g, '')) : undefined;
  if (der === undefined) throw new Error('not a private key file (expected "-----BEGIN PRIVATE KEY-----", as keygen writes)');
  let privateKey: CryptoKey;
  let jwk: JsonWebKey;
  try {
    const extractable = await crypto.subtle.importKey('pkcs8', der as Uint8Array<ArrayBuffer>, ALGORITHM, true, ['sign']);
    jwk = await crypto.subtle.exportKey('jwk', extractable);
    privateKey = await crypto.subtle.importKey('pkcs8', der as Uint8Array<ArrayBuffer>, ALGORITHM, false, ['sign']);
  } catch {
    throw new Error('not an Ed25519 private key');
  }
  const raw = fromBase64((jwk.x ?? '').replace(/-/g, '+').replace(/_/g, '/').padEnd(44, '='));
  if (raw?.length !== 32) throw new Error('not an Ed25519 private key');
  return { privateKey, trust: { keyId: keyIdOf(raw), publicKey: formatPublicKey(raw) } };
}

export async function sign(key: SigningKey, bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign(ALGORITHM, key.privateKey, bytes as Uint8Array<ArrayBuffer>));
}

export const signText = (key: SigningKey, text: string): Promise<Uint8Array> => sign(key, utf8(text));
