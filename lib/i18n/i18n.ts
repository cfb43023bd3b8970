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

/** Keys with plural forms: `<base>_<CLDR category>`; en has `_one` and `_other`, each locale the categories of its language (lib/i18n/locale-check.ts). */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

let fallback: LocaleMessages = {};
let fallbackLanguage = 'en';

/** Install the table used when browser.i18n is not available (tests). */
export function setFallbackMessages(messages: LocaleMessages, language = 'en'): void {
  fallback = messages;
  fallbackLanguage = language;
}

// Each browser.i18n call costs about 0.1 ms in an extension page (argument checks in the API
// bindings), and the popup shows dozens of strings: answers without substitutions are kept for the
// page's life (the UI language does not change meanwhile). Keyed by the API function, so a test
// that swaps it starts afresh.
let remembered: { api: unknown; answers: Map<string, string> } = { api: undefined, answers: new Map() };

function fromBrowser(key: string, subs: string[]): string {
  try {
    // The generated typings only list keys known at `wxt prepare`; MessageKey is the same set.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    if (subs.length > 0) return getMessage(key, subs) ?? '';
    if (remembered.api !== getMessage) remembered = { api: getMessage, answers: new Map() };
    let text = remembered.answers.get(key);
    if (text === undefined) {
      text = getMessage(key) ?? '';
      remembered.answers.set(key, text);
    }
    return text;
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
  const { plural, number } = numberFormats(uiLanguage());
  const category: Intl.LDMLPluralRule = plural?.select(count) ?? 'other';
  const subs = [number.format(count), ...extra.map(String)];
  return lookup(`${base}_${category}`, subs) || lookup(`${base}_other`, subs) || base;
}

/** `n` written the UI language's way (digits, grouping), as tPlural writes its count. */
export function formatNumber(n: number): string {
  return numberFormats(uiLanguage()).number.format(n);
}

// Made once per language: an Intl object costs far more to build than to use.
const formatsByLanguage = new Map<string, { plural: Intl.PluralRules | null; number: Intl.NumberFormat }>();

function numberFormats(language: string): { plural: Intl.PluralRules | null; number: Intl.NumberFormat } {
  let formats = formatsByLanguage.get(language);
  if (!formats) {
    let plural: Intl.PluralRules | null = null;
    let number: Intl.NumberFormat;
    try {
      plural = new Intl.PluralRules(language);
    } catch {
      // Unknown locale tag: 'other' is always defined.
    }
    try {
      number = new Intl.NumberFormat(language);
    } catch {
      number = new Intl.NumberFormat('en');
    }
    formats = { plural, number };
    formatsByLanguage.set(language, formats);
  }
  return formats;
}

let uiTag: { api: unknown; tag: string } | undefined;

/** BCP 47 tag of the browser's UI language ("en-US"), for Intl formatting. */
export function uiLanguage(): string {
  try {
    const api = browser.i18n.getUILanguage;
    if (uiTag?.api !== api) uiTag = { api, tag: browser.i18n.getUILanguage()?.replace('_', '-') ?? '' };
    if (uiTag.tag) return uiTag.tag;
  } catch {
    // Not in an extension page.
  }
  return fallbackLanguage;
}

/** "ltr" or "rtl" for the UI language. */
export function uiDirection(): 'ltr' | 'rtl' {
  return fromBrowser('@@bidi_dir', []) === 'rtl' ? 'rtl' : 'ltr';
}
