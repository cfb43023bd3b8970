import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/lib/messaging/client';

describe('sendMessage', () => {
  it('sends the envelope and returns the value of an ok reply', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      seen.push(msg);
      return Promise.resolve({ ok: true, value: { highlights: true, dismissed: [] } });
    });
    await expect(sendMessage('settings/get', {})).resolves.toEqual({ highlights: true, dismissed: [] });
    expect(seen).toEqual([{ type: 'settings/get', payload: {} }]);
  });

  it('throws the background\'s error as an Error', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: false, error: 'forbidden: unknown sender' }));
    await expect(sendMessage('sites/get', {})).rejects.toThrow('forbidden: unknown sender');
  });

  it('throws when the reply is not a protocol reply', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ events: [] }));
    await expect(sendMessage('index/status', {})).rejects.toThrow(/No valid reply/);
  });

  it('returns undefined for a void reply whose value was dropped in transit', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
    await expect(sendMessage('page/clear', { url: 'https://a.example/' })).resolves.toBeUndefined();
  });
});
