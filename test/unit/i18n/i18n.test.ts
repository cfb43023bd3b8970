import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';
import ru from '../../../public/_locales/ru/messages.json';
import ar from '../../../public/_locales/ar/messages.json';
import pl from '../../../public/_locales/pl/messages.json';
import { formatNumber, setFallbackMessages, t, tPlural, uiLanguage } from '@/lib/i18n/i18n';
import { formatMessage, type LocaleMessages } from '@/lib/i18n/substitute';

// fakeBrowser.reset() does not undo replaced methods: put the originals back.
const { getMessage, getUILanguage } = fakeBrowser.i18n;
afterEach(() => {
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage });
  setFallbackMessages(en);
});

describe('formatMessage (Chrome placeholder rules)', () => {
  it('resolves named placeholders to positional substitutions, case-insensitively', () => {
    const entry = { message: 'Index as of $Date$ ($$5)', placeholders: { date: { content: '$1' } } };
    expect(formatMessage(entry, ['Nov 28, 2025'])).toBe('Index as of Nov 28, 2025 ($5)');
  });
  it('leaves unknown placeholders visible and missing substitutions empty', () => {
    expect(formatMessage({ message: '$WHO$ and $X$', placeholders: { who: { content: '$2' } } }, ['a'])).toBe(' and $X$');
  });
});

describe('t', () => {
  it('uses browser.i18n when it answers', () => {
    fakeBrowser.i18n.getMessage = ((name: string) => (name === 'undo' ? 'Отменить' : '')) as typeof fakeBrowser.i18n.getMessage;
    setFallbackMessages(en);
    expect(t('undo')).toBe('Отменить');
    expect(t('back')).toBe('Back'); // empty answer: the fallback table
  });
  it('asks the browser once per string without substitutions (each call is slow in a real page)', () => {
    const asked: string[] = [];
    fakeBrowser.i18n.getMessage = ((name: string, subs?: string[]) => {
      asked.push(name);
      return name === 'back' ? 'Zurück' : name === 'indexAsOf' ? `Stand ${subs?.[0] ?? ''}` : '';
    }) as typeof fakeBrowser.i18n.getMessage;
    for (let i = 0; i < 3; i++) {
      expect(t('back')).toBe('Zurück');
      expect(t('indexAsOf', [String(i)])).toBe(`Stand ${i}`);
    }
    expect(asked).toEqual(['back', 'indexAsOf', 'indexAsOf', 'indexAsOf']);
  });
  it('falls back to the table, then to the key, when the API is missing', () => {
    setFallbackMessages(en);
    expect(t('indexAsOf', ['Nov 28, 2025'])).toBe('Index as of Nov 28, 2025');
    setFallbackMessages({});
    expect(t('undo')).toBe('undo');
  });
});

describe('tPlural', () => {
  it('picks the CLDR form of the UI language', () => {
    fakeBrowser.i18n.getUILanguage = () => 'ru';
    setFallbackMessages(ru as LocaleMessages, 'ru');
    expect(uiLanguage()).toBe('ru');
    expect(tPlural('searchCount', 1)).toBe('Найдено 1 событие');
    expect(tPlural('searchCount', 3)).toBe('Найдено 3 события');
    expect(tPlural('searchCount', 5)).toBe('Найдено 5 событий');
    expect(tPlural('searchCount', 21)).toBe('Найдено 21 событие');
  });
  it('speaks Arabic in its six forms and Polish in its four, with numbers formatted for the language', () => {
    fakeBrowser.i18n.getUILanguage = () => 'ar';
    setFallbackMessages(ar as LocaleMessages, 'ar');
    const n = (v: number) => new Intl.NumberFormat('ar').format(v);
    expect(tPlural('pageCount', 1)).toBe('حدث معروف واحد في هذه الصفحة');
    expect(tPlural('pageCount', 2)).toBe('حدثان معروفان في هذه الصفحة');
    expect(tPlural('pageCount', 3)).toBe(`${n(3)} أحداث معروفة في هذه الصفحة`);
    expect(tPlural('pageCount', 11)).toBe(`${n(11)} حدثًا معروفًا في هذه الصفحة`);
    expect(tPlural('pageCount', 100)).toBe(`${n(100)} حدث معروف في هذه الصفحة`);
    fakeBrowser.i18n.getUILanguage = () => 'pl';
    setFallbackMessages(pl as LocaleMessages, 'pl');
    expect([1, 2, 5, 22, 25].map((c) => tPlural('searchCount', c))).toEqual([
      'Znaleziono 1 wydarzenie',
      'Znaleziono 2 wydarzenia',
      'Znaleziono 5 wydarzeń',
      'Znaleziono 22 wydarzenia',
      'Znaleziono 25 wydarzeń',
    ]);
  });
  it('writes numbers outside plurals (the badge tooltip’s "and 12 more") the UI language’s way', () => {
    fakeBrowser.i18n.getUILanguage = () => 'de';
    expect(formatNumber(12345)).toBe('12.345');
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    expect(formatNumber(12345)).toBe('12,345');
  });
  it('uses _other when a locale has no form for the category', () => {
    setFallbackMessages(en);
    expect(tPlural('searchCount', 1)).toBe('1 event found');
    expect(tPlural('searchCount', 1000)).toBe('1,000 events found');
  });
});
