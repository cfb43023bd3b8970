import { describe, expect, it, vi } from 'vitest';
import { restrictStorageToExtension } from '@/entrypoints/background/trusted-storage';

describe('restrictStorageToExtension', () => {
  it('closes storage.local and storage.session to content scripts (Chrome)', async () => {
    const local = { setAccessLevel: vi.fn(async () => undefined) };
    const session = { setAccessLevel: vi.fn(async () => undefined) };
    expect(await restrictStorageToExtension({ local, session })).toEqual(['local', 'session']);
    expect(local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(session.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('skips quietly what the browser does not have (Firefox: setAccessLevel on neither area)', async () => {
    const warn = vi.fn();
    expect(await restrictStorageToExtension({ local: {}, session: {} }, warn)).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('skips an area the browser cannot restrict (Firefox storage.local) and says why a refusal happened', async () => {
    const warn = vi.fn();
    const session = { setAccessLevel: vi.fn(async () => Promise.reject(new Error('not supported'))) };
    expect(await restrictStorageToExtension({ local: {}, session }, warn)).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/storage\.session.*not supported/);
  });
});
