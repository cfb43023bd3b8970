import { describe, expect, it } from 'vitest';
import { formatResult } from '../../../lib/cli/format-result';
import type { IndexDocument } from '../../../lib/index-format/types';

const index = {
  events: [
    { id: 'a', title: 'Event A', sources: [{ url: 'https://a.example/1', outlet: 'A', language: 'en', kind: 'original', title: 'x', published: '2025-01-01' }] },
    { id: 'b', title: 'Event B', sources: [] },
  ],
} as unknown as IndexDocument;

describe('formatResult', () => {
  it('sorts by score, rounds to two decimals and keeps only url, outlet and kind of sources', () => {
    const evidence = [{ kind: 'link' as const, url: 'https://a.example/1' }];
    const line = formatResult('page.html', [{ id: 'b', score: 0.6049, prominence: 'main', evidence: [] }, { id: 'a', score: 0.9361, prominence: 'main', evidence }], index);
    expect(line).toEqual({
      file: 'page.html',
      events: [
        { id: 'a', title: 'Event A', score: 0.94, prominence: 'main', evidence, sources: [{ url: 'https://a.example/1', outlet: 'A', kind: 'original' }] },
        { id: 'b', title: 'Event B', score: 0.6, prominence: 'main', evidence: [], sources: [] },
      ],
    });
  });
});
