import { describe, expect, it } from 'vitest';
import { formatProblem, problems } from '../../../lib/feed/problems';
import { parsePublicKey } from '../../../lib/feed/keys';

describe('problem messages (what the options page and `index verify` show)', () => {
  it.each([
    [problems.unreachable('https://feeds.example.org/feed.json', 'HTTP 500'), 'unreachable', /^unreachable: https:\/\/feeds\.example\.org\/feed\.json \(HTTP 500\)$/],
    [problems.signature('feed.json'), 'signature', /^signature does not match/],
    [problems.wrongKey('0123456789abcdef'), 'wrong-key', /not subscribe with \(0123456789abcdef\)/],
    [problems.rollback(3, 4), 'rollback', /^older than the installed version/],
    [problems.expired('2026-02-01T00:00:00Z'), 'expired', /^expired on 2026-02-01T00:00:00Z/],
    [problems.invalid('shards/ab.json: events[3].sources[1].url', 'must be an https URL'), 'invalid', /^invalid at shards\/ab\.json: events\[3\]\.sources\[1\]\.url: must be an https URL$/],
    [problems.tooLarge('feed.json', 2 * 1024 * 1024, 3 * 1024 * 1024), 'too-large', /^too large: feed\.json is 3\.0 MB; the limit is 2\.0 MB$/],
    [problems.hashMismatch('shards/ab.json'), 'hash-mismatch', /shards\/ab\.json does not match/],
    [problems.storageFull('the browser refused to store 40 MB'), 'storage-full', /^storage full: .*installed version keeps working$/],
  ])('%#: %s', (problem, code, message) => {
    expect(problem.code).toBe(code);
    expect(formatProblem(problem)).toMatch(message);
    expect(formatProblem(problem)).not.toContain('\n');
  });
});

describe('parsePublicKey', () => {
  it('reads the one-line text, ignoring surrounding spaces, and derives the key id', () => {
    const key = `ed25519:${Buffer.alloc(32, 7).toString('base64')}`;
    expect(parsePublicKey(`  ${key}\n`)).toEqual({ ok: true, value: { keyId: '0707070707070707', publicKey: key } });
  });

  it.each(['', 'ed25519:', 'ed25519:AAAA', `rsa:${Buffer.alloc(32).toString('base64')}`, `ed25519:${Buffer.alloc(33).toString('base64')}`])('refuses %j', (text) => {
    const result = parsePublicKey(text);
    expect(result.ok || result.problems[0]!.code).toBe('invalid');
  });
});
