/**
 * The index the attack suite's extension ships (in place of the bundled one; see
 * harness/index-build.ts): two made-up events on example.org / example.com.
 *  - harbour-bridge: an ordinary event; its original report is at BRIDGE_SOURCE, the address the
 *    spoofed-source pages name as their canonical. Mentioned by pages/bridge.html and the floods.
 *  - ferry-strike: an event whose every string is hostile: HTML and script in the title, bidi
 *    overrides and zero-width characters in title, summary and outlet names, a source address that
 *    percent-decodes to a reversed look-alike of another host. Mentioned by pages/ferry.html.
 */
import type { IndexDocument } from '../../../lib/index-format/types';

export const BRIDGE_ID = 'harbour-bridge';
export const FERRY_ID = 'ferry-strike';
export const BRIDGE_SOURCE = 'https://news.example.org/2026/03/harbour-bridge-closed';

const RLO = '\u202E';
const PDF = '\u202C';
const ZWSP = '\u200B';
const LRI = '\u2066';

/** Bidi embedding, override and isolate controls, and invisible zero-width characters. */
export const CONTROL_CHARACTERS = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/u;

/** Address labels that would read as another host once their percent-escapes are decoded. */
export const LOOKALIKE_URLS = [
  'https://evil.example.com/%E2%80%AEmoc.elpmaxe.swen//:sptth',
  'https://evil.example.com/%E2%81%A6news.example.org%E2%81%A9/story',
  'https://evil.example.com/%E2%80%8Bhttps:%2F%2Fnews.example.org%2Fstory',
];

export function attackIndex(): IndexDocument {
  return {
    format: 'backstory-index',
    formatVersion: 1,
    version: 1,
    title: 'Backstory attack suite index',
    language: 'en',
    publisher: { name: 'Backstory tests' },
    generated: '2026-01-01T00:00:00Z',
    expires: '2035-01-01T00:00:00Z',
    entities: [
      { id: 'harbour-bridge', kind: 'place', label: 'Quillhaven Harbour Bridge', names: { en: ['Quillhaven Harbour Bridge', 'Quillhaven'] } },
      { id: 'ports-board', kind: 'organization', label: 'Quillhaven Ports Board', names: { en: ['Ports Board'] } },
      { id: 'ferry-union', kind: 'organization', label: 'Marrowby Ferry Union', names: { en: ['Marrowby Ferry Union', 'Marrowby'] } },
    ],
    events: [
      {
        id: BRIDGE_ID,
        title: 'Quillhaven Harbour Bridge closed for repairs',
        summary: 'The Ports Board closed the Quillhaven Harbour Bridge to traffic after inspectors found cracked cables.',
        dates: { start: '2026-03-02' },
        match: {
          all: ['harbour-bridge', 'ports-board'],
          context: [['closed', 'closure'], ['repair', 'repairs'], ['cable', 'cables', 'inspector', 'inspectors']],
          minContext: 2,
        },
        sources: [
          { url: BRIDGE_SOURCE, outlet: 'Example News', title: 'Harbour bridge shut after cable cracks found', language: 'en', kind: 'original', published: '2026-03-02' },
          { url: 'https://www.example.com/local/bridge-repairs', outlet: 'Example Daily', language: 'en', kind: 'coverage', published: '2026-03-03' },
        ],
      },
      {
        id: FERRY_ID,
        title: `<img src=x onerror="window.__pwned=1">Marrowby ferry${ZWSP} strike <script>window.__pwned=2</script>${RLO}kees${PDF}`,
        summary: `${RLO}Ferry crews walked out${PDF} for three days; <b onmouseover="window.__pwned=3">services</b> stopped${LRI}.`,
        dates: { start: '2026-04-10' },
        match: {
          all: ['ferry-union'],
          context: [['strike', 'walkout'], ['ferry', 'ferries'], ['crew', 'crews']],
          minContext: 2,
        },
        sources: [
          ...LOOKALIKE_URLS.map((url, i) => ({ url, outlet: `${RLO}swen elpmaxe${PDF} ${i + 1}`, language: 'en', kind: i === 0 ? ('original' as const) : ('coverage' as const) })),
          { url: 'https://www.example.com/ferry', outlet: `Example${ZWSP}Daily<img src=x onerror="window.__pwned=5">`, title: `Ferry${RLO} strike ends${PDF}`, language: 'en', kind: 'coverage' },
        ],
      },
    ],
  };
}
