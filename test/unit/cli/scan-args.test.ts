import { describe, expect, it } from 'vitest';
import { CliError } from '../../../lib/cli/cli-error';
import { parseScanArgs } from '../../../lib/cli/scan-args';

function errorOf(argv: string[]): string {
  try {
    parseScanArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as Error).message;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
}

describe('parseScanArgs', () => {
  it('reads options and files in order', () => {
    expect(parseScanArgs(['--index', 'i.json', '--date=2025-11-26', 'a.html', '--url', 'https://e.example/a', 'b.txt'])).toEqual({
      help: false,
      index: 'i.json',
      date: '2025-11-26',
      url: 'https://e.example/a',
      files: ['a.html', 'b.txt'],
    });
    expect(parseScanArgs(['--', '--odd-name.txt'])).toEqual({ help: false, files: ['--odd-name.txt'] });
  });

  it('accepts --help and -h without files', () => {
    expect(parseScanArgs(['--help']).help).toBe(true);
    expect(parseScanArgs(['-h']).help).toBe(true);
  });

  it('rejects bad dates, including impossible calendar days', () => {
    expect(errorOf(['--date', '2025-13-01', 'a'])).toBe('--date must be YYYY-MM-DD, got "2025-13-01"');
    expect(errorOf(['--date', '2025-02-29', 'a'])).toBe('--date must be YYYY-MM-DD, got "2025-02-29"');
    expect(errorOf(['--date', '26.11.2025', 'a'])).toBe('--date must be YYYY-MM-DD, got "26.11.2025"');
    expect(parseScanArgs(['--date', '2024-02-29', 'a']).date).toBe('2024-02-29');
  });

  it('rejects URLs that are not absolute http(s)', () => {
    expect(errorOf(['--url', 'example.com/a', 'a'])).toBe('--url must be an absolute http(s) URL, got "example.com/a"');
    expect(errorOf(['--url', 'javascript:alert(1)', 'a'])).toBe('--url must be an absolute http(s) URL, got "javascript:alert(1)"');
  });

  it('rejects unknown options, missing values and a missing file list in one line', () => {
    const messages = [
      errorOf(['--frobnicate', 'a']),
      errorOf(['a', '--date']),
      errorOf(['--date', '--url', 'https://e.example/', 'a']),
      errorOf(['--help=yes']),
      errorOf(['--index', 'i.json']),
      errorOf(['--index=', 'a']),
    ];
    expect(messages).toEqual([
      "Unknown option '--frobnicate' (see --help)",
      "Option '--date <value>' argument missing (see --help)",
      expect.stringMatching(/^Option '--date( <value>)?' argument is ambiguous/),
      expect.stringMatching(/--help.* does not take an argument \(see --help\)$/),
      'no files to scan (see --help)',
      '--index needs a file name',
    ]);
    for (const m of messages) expect(m).not.toContain('\n');
  });
});
