/**
 * Shared by the property-based fuzz tests: a seed (random, or FUZZ_SEED to replay) that every
 * failure names, and the hostile strings and URLs the generators mix into arbitrary ones.
 */
import fc from 'fast-check';

/** This run's seed: FUZZ_SEED replays a failure; otherwise a new one each run. */
export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ Math.floor(Math.random() * 2 ** 31)) | 0;

/** fc.assert with this run's seed; a failure says how to replay it. */
export function fuzz<Ts>(property: fc.IProperty<Ts>, numRuns: number): void {
  try {
    fc.assert(property, { numRuns, seed: FUZZ_SEED });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\nFuzz seed ${FUZZ_SEED}: replay with FUZZ_SEED=${FUZZ_SEED}`, { cause: error });
  }
}

/** Characters that reorder or hide text, and markup and script-shaped text. */
export const HOSTILE_PIECES = [
  '\u202E', '\u202D', '\u202A', '\u202B', '\u202C', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C',
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E', '\u{E0041}', '\u0000', '\u0007', '\u001B', '\u0085', '\r\n',
  '<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', '<a href="javascript:alert(1)">x</a>',
  '"><svg onload=alert(1)>', '&lt;b&gt;', '{{constructor.constructor("x")()}}', '__proto__', 'constructor', 'مصدر', 'שלום', 'Ушаков', '東京',
  'www.bloomberg.com', 'moc.grebmoolb.www//:sptth', ' ', '\t', '\n',
];

/** URL-shaped hostile input: look-alikes, forms the schema forbids, other schemes, credentials. */
export const HOSTILE_URLS = [
  'https://evil.example/%E2%80%AEmoc.grebmoolb.www//:sptth',
  'https://evil.example/\u202Eabc', 'https://evil.example/%2F%2Fwww.bloomberg.com', 'https://evil.example/%40www.bloomberg.com',
  'https://www.bloomberg.com.evil.example/news', 'https://аррӏе.com/', 'https://evil.example\u3002com/', 'https://xn--80ak6aa92e.com/a',
  'https:evil.example/a', 'https:/evil.example/a', 'https:///evil.example/a', 'https:\\\\evil.example\\a', 'HTTPS://EVIL.example/a',
  'https://user:pw@evil.example/', 'https://@evil.example/', 'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>1</script>',
  'http://example.org/a', '//evil.example/a', 'https://', 'https://ex ample.org/', 'https://example.org/a b', 'https://[::1]/', 'https://127.0.0.1:8443/x',
  'https://example.org/%00%0A%E2%81%A6', 'https://example.org/?q=<script>', 'https://example.org/#\u202E',
];

/** Arbitrary text with hostile pieces mixed in. */
export function hostileString(maxPieces = 6): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  );
  return fc.array(piece, { minLength: 1, maxLength: maxPieces }).map((parts) => parts.join(''));
}

/** A URL-ish string: hostile forms, real-looking web URLs, either with hostile text appended, or junk. */
export function hostileUrl(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_URLS) },
    { weight: 3, arbitrary: fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('https://evil.example/', 'https://news.example.org/a/', 'https://example.org'), hostileString(3)).map(([a, b]) => a + b) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  );
}
