/**
 * A compiled matcher as one file of bytes, so a build can ship the bundled index's matcher
 * precompiled (the worker installs it without compiling). Structural only: it writes whatever
 * fields the matcher has (typed arrays as raw bytes, everything else as JSON) and reads them back
 * as the same types, so it follows changes to compile.ts without edits here. fromStored checks
 * the result's format and shape.
 *
 * Layout: "BSMP", a little-endian uint32 header length, the header (UTF-8 JSON: `stamp`, a
 * string the caller chooses, and `value`, the matcher with each typed array replaced by
 * {"$typed": name, "offset", "length"}), zero padding to a multiple of 8, then the arrays' bytes,
 * each at an offset that is a multiple of 8 from there. Arrays are in the platform's byte order;
 * a file is refused on a big-endian platform (every browser this runs in is little-endian).
 */
import type { CompiledMatcher } from './compile';
import { fromStored, type StoredMatcher } from './stored';

const MAGIC = 'BSMP';
const ALIGN = 8;

const TYPED = { Int32Array, Uint32Array, Uint16Array, Uint8Array } as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

interface TypedRef {
  $typed: TypedName;
  offset: number;
  length: number;
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function typedName(value: ArrayBufferView): TypedName | null {
  for (const name of Object.keys(TYPED) as TypedName[]) if (value instanceof TYPED[name]) return name;
  return null;
}

const pad = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

/** The matcher's stored form (toStored) and `stamp` as bytes (see the layout above). */
export function packMatcher(matcher: StoredMatcher, stamp: string): Uint8Array {
  const arrays: Typed[] = [];
  let dataBytes = 0;
  const encode = (value: unknown): unknown => {
    if (ArrayBuffer.isView(value)) {
      const name = typedName(value);
      if (name === null) throw new Error(`cannot pack a ${value.constructor.name}`);
      const ref: TypedRef = { $typed: name, offset: dataBytes, length: (value as Typed).length };
      arrays.push(value as Typed);
      dataBytes = pad(dataBytes + value.byteLength);
      return ref;
    }
    if (Array.isArray(value)) return value.map(encode);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    }
    return value;
  };
  const header = new TextEncoder().encode(JSON.stringify({ stamp, value: encode(matcher) }));
  const dataStart = pad(8 + header.length);
  const out = new Uint8Array(dataStart + dataBytes);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  let at = dataStart;
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at = dataStart + pad(at - dataStart + a.byteLength);
  }
  return out;
}

export interface UnpackedMatcher {
  stamp: string;
  matcher: CompiledMatcher;
}

/**
 * Reads packMatcher's bytes. Throws when they are not such a file, are damaged or were made by
 * another engine version (fromStored). Each array is a copy, not a view of `bytes`: IndexedDB
 * would store a view's whole underlying buffer with it.
 */
export function unpackMatcher(bytes: Uint8Array): UnpackedMatcher {
  if (!littleEndian) throw new Error('packed matchers are little-endian');
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('not a packed matcher');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new Error('packed matcher is truncated');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as { stamp?: unknown; value?: unknown };
  if (typeof header.stamp !== 'string') throw new Error('packed matcher has no stamp');
  const dataStart = pad(8 + headerLength);
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value === null || typeof value !== 'object') return value;
    const ref = value as Partial<TypedRef>;
    if (typeof ref.$typed === 'string') {
      const Type = Object.hasOwn(TYPED, ref.$typed) ? TYPED[ref.$typed] : undefined;
      const { offset, length } = ref;
      if (!Type || !Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset! < 0 || length! < 0) {
        throw new Error('packed matcher is damaged');
      }
      const start = dataStart + offset!;
      const end = start + length! * Type.BYTES_PER_ELEMENT;
      if (end > bytes.length) throw new Error('packed matcher is truncated');
      const copy = new Type(length!);
      new Uint8Array(copy.buffer).set(bytes.subarray(start, end));
      return copy;
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  };
  return { stamp: header.stamp, matcher: fromStored(decode(header.value) as StoredMatcher) };
}
