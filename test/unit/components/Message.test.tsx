// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import ar from '../../../public/_locales/ar/messages.json';
import ja from '../../../public/_locales/ja/messages.json';
import { setFallbackMessages } from '@/lib/i18n/i18n';
import type { LocaleMessages } from '@/lib/i18n/substitute';
import { Message } from '@/components/Message';
import { mount, useEnglish } from './render';

afterEach(useEnglish);

describe('Message', () => {
  it('reads as the translation, with the substituted title isolated in <bdi> wherever the language puts it', async () => {
    setFallbackMessages(ar as LocaleMessages, 'ar');
    const { root, unmount } = await mount(<Message k="dismissed" subs={['Witkoff–Ushakov call']} />);
    expect(root.textContent).toBe('تم الإخفاء: Witkoff–Ushakov call');
    expect([...root.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['Witkoff–Ushakov call']);
    unmount();

    // Japanese puts the query first, inside its own brackets.
    setFallbackMessages(ja as LocaleMessages, 'ja');
    const ja1 = await mount(<Message k="searchNone" subs={['Уиткофф']} />);
    expect(ja1.root.textContent).toBe('「Уиткофф」に一致する出来事はありません');
    expect(ja1.root.querySelector('bdi')!.textContent).toBe('Уиткофф');
    ja1.unmount();
  });

  it('keeps text that looks like a slot marker or a placeholder as typed', async () => {
    useEnglish();
    const { root, unmount } = await mount(<Message k="searchNone" subs={['$1 \uE0000\uE001']} />);
    expect(root.querySelector('bdi')!.textContent).toBe('$1 \uE0000\uE001');
    unmount();
  });
});
