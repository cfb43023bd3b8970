/**
 * SEAM (uses the browser-extension API): UI strings through browser.i18n.getMessage.
 * Where the API is missing (unit tests, a page opened outside the extension) it falls back to a
 * message table installed with setFallbackMessages, then to the key itself, so a missing string is
 * visible rather than blank.
 */
import { browser } from 'wxt/browser';
import { formatMessage, type LocaleMessages } from './substitute';

/** Every key of the default (English) locale. */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** Keys with plural forms: `<base>_one`, `_few`, `_many`, `_other` (CLDR categories). */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

let fallback: LocaleMessages = {};
let fallbackLanguage = 'en';

/** Install the table used when browser.i18n is not available (tests). */
export function setFallbackMessages(messages: LocaleMessages, language = 'en'): void {
  fallback = messages;
  fallbackLanguage = language;
}

function fromBrowser(key: string, subs: string[]): string {
  try {
    // The generated typings only list keys known at `wxt prepare`; MessageKey is the same set.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    return getMessage(key, subs) ?? '';
  } catch {
    return '';
  }
}

function lookup(key: string, subs: string[]): string {
  const text = fromBrowser(key, subs);
  if (text) return text;
  const entry = fallback[key];
  return entry ? formatMessage(entry, subs) : '';
}

/** The UI string for `key`, with $1..$9 substitutions. */
export function t(key: MessageKey, subs: (string | number)[] = []): string {
  const strings = subs.map(String);
  return lookup(key, strings) || key;
}

/** The plural form of `base` for `count` in the UI language; `count` is $1 (formatted). */
export function tPlural(base: PluralBase, count: number, extra: (string | number)[] = []): string {
  const language = uiLanguage();
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(language).select(count);
  } catch {
    // Unknown locale tag: 'other' is always defined.
  }
  const subs = [new Intl.NumberFormat(language).format(count), ...extra.map(String)];
  return lookup(`${base}_${category}`, subs) || lookup(`${base}_other`, subs) || base;
}

/** BCP 47 tag of the browser's UI language ("en-US"), for Intl formatting. */
export function uiLanguage(): string {
  try {
    const tag = browser.i18n.getUILanguage();
    if (tag) return tag.replace('_', '-');
  } catch {
    // Not in an extension page.
  }
  return fallbackLanguage;
}

/** "ltr" or "rtl" for the UI language. */
export function uiDirection(): 'ltr' | 'rtl' {
  return fromBrowser('@@bidi_dir', []) === 'rtl' ? 'rtl' : 'ltr';
}
