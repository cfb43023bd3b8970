import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocale, pluralBases, pluralCategories } from '@/lib/i18n/locale-check';
import type { LocaleMessages } from '@/lib/i18n/substitute';

// Every folder in public/_locales, so a translation dropped in is checked without touching this file.
const LOCALES_DIR = join(import.meta.dirname, '../../../public/_locales');
const folders = readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const read = (folder: string): LocaleMessages => JSON.parse(readFileSync(join(LOCALES_DIR, folder, 'messages.json'), 'utf8')) as LocaleMessages;
const en = read('en');

describe('the UI translations', () => {
  it('include the languages the extension promises', () => {
    for (const code of ['en', 'ru', 'uk', 'de', 'fr', 'es', 'it', 'pl', 'pt_BR', 'pt_PT', 'tr', 'ar', 'he', 'hi', 'zh_CN', 'ja', 'ko']) {
      expect(folders).toContain(code);
    }
  });

  it.each(folders)('%s is complete: every key of en, no others, placeholders intact, every plural form of its language', (folder) => {
    expect(checkLocale(folder, read(folder), en)).toEqual([]);
  });

  it('the plural keys of en are the ones the UI asks for', () => {
    expect(pluralBases(en).sort()).toEqual(['badgeTitle', 'pageCount', 'searchCount']);
  });
});

describe('checkLocale', () => {
  const de = read('de');
  const copy = (m: LocaleMessages): LocaleMessages => JSON.parse(JSON.stringify(m)) as LocaleMessages;

  it('reports a missing translation and a key en does not have', () => {
    const broken = copy(de);
    delete broken.undo;
    broken.undoo = { message: 'Rückgängig' };
    expect(checkLocale('de', broken, en)).toEqual(['de: missing undo', 'de: extra key undoo (not in en)']);
  });

  it('reports a placeholder that was translated, dropped or renamed', () => {
    const broken = copy(de);
    broken.indexAsOf = { ...broken.indexAsOf!, message: 'Index vom $DATUM$' };
    broken.autoOnSite = { message: 'Seiten auf dieser Website werden geprüft.' };
    broken.errorDetail = { ...broken.errorDetail!, placeholders: { message: { content: '$2' } } };
    expect(checkLocale('de', broken, en)).toEqual([
      'de: indexAsOf does not use $DATE$',
      'de: indexAsOf uses $DATUM$, which it does not define',
      'de: errorDetail placeholder message is $2, en $1',
      'de: autoOnSite defines placeholders [], en [site]',
      'de: autoOnSite does not use $SITE$',
    ]);
  });

  it('wants each plural form of the language, and only those', () => {
    expect(pluralCategories('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralCategories('pl')).toEqual(['one', 'few', 'many', 'other']);
    expect(pluralCategories('ja')).toEqual(['other']);
    const ar = copy(read('ar'));
    delete ar.pageCount_two;
    expect(checkLocale('ar', ar, en)).toEqual(['ar: missing pageCount_two']);
    const ja = copy(read('ja'));
    ja.pageCount_one = { ...ja.pageCount_other!, message: '$COUNT$ 件' };
    expect(checkLocale('ja', ja, en)).toEqual(['ja: pageCount_one is not a plural form of ja (it has other)']);
  });

  it('lets a form for exactly one number leave the count out, but not a form for many numbers', () => {
    // Arabic "two" is only 2 ("حدثان"); Polish "many" is 5, 6, ... 11, 12 ...
    expect(checkLocale('ar', read('ar'), en)).toEqual([]);
    expect(read('ar').pageCount_two!.message).not.toContain('$COUNT$');
    const pl = copy(read('pl'));
    pl.pageCount_many = { ...pl.pageCount_many!, message: 'znanych wydarzeń na tej stronie' };
    expect(checkLocale('pl', pl, en)).toEqual(['pl: pageCount_many does not use $COUNT$']);
  });

  it('checks the store limits, uiLang and that accessible names keep their visible text', () => {
    const broken = copy(de);
    broken.extDescription = { message: 'x'.repeat(133) };
    broken.uiLang = { message: 'en' };
    broken.autoAllSitesLabel = { message: 'Überall prüfen' };
    expect(checkLocale('de', broken, en)).toEqual([
      'de: uiLang is "en", expected "de"',
      'de: extDescription has 133 characters (Chrome allows 132)',
      'de: autoAllSitesLabel ("Überall prüfen") must contain the visible text of autoAllSites ("Auf allen Websites")',
    ]);
  });
});
