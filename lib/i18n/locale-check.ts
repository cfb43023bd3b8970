/**
 * Completeness check of one translation (public/_locales/<code>/messages.json) against the default
 * locale (en). Pure; used by the locale test, so that a missing or broken translation fails it.
 *
 * Plural keys are `<base>_<category>` with CLDR categories. The default locale decides which bases
 * exist (those with an `_other` form); each locale then has exactly the forms its own language uses
 * (Intl.PluralRules: Arabic six, Polish and Russian four, Hebrew three, Japanese one), no more.
 */
import type { LocaleMessage, LocaleMessages } from './substitute';

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;
/** Chrome's limits for the manifest's name and description (the store listing uses them too). */
const MAX_NAME = 75;
const MAX_DESCRIPTION = 132;
/**
 * Accessible names that must contain the visible text of the same control (WCAG 2.5.3, label in
 * name: speech users say what they see). [visible key, accessible-name key].
 */
export const LABEL_IN_NAME: readonly (readonly [string, string])[] = [
  ['autoAllSites', 'autoAllSitesLabel'],
  ['notThisEvent', 'notThisEventLabel'],
  ['remove', 'removeSiteLabel'],
  ['restore', 'restoreLabel'],
];

/** "pt_BR" (Chrome's folder name) -> "pt-BR" (BCP 47). */
export function localeTag(folder: string): string {
  return folder.replace('_', '-');
}

/** The plural categories the language of `folder` uses, in CLDR order. */
export function pluralCategories(folder: string): string[] {
  const used = new Set<string>(new Intl.PluralRules(localeTag(folder)).resolvedOptions().pluralCategories);
  return CATEGORIES.filter((c) => used.has(c));
}

/** Plural bases of the default locale: keys with an `_other` form. */
export function pluralBases(defaults: LocaleMessages): string[] {
  return Object.keys(defaults).filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length));
}

/** The category covers exactly one whole number (Arabic "two", English "one"): the count may be left out of the text. */
function singleNumber(folder: string, category: string): boolean {
  const rules = new Intl.PluralRules(localeTag(folder));
  let hits = 0;
  for (let n = 0; n <= 1000 && hits < 2; n++) if (rules.select(n) === category) hits++;
  return hits === 1;
}

function placeholderNames(entry: LocaleMessage): string[] {
  return Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()).sort();
}

/** `$NAME$` references and bare `$1` substitutions in a message ("$$" is a literal dollar). */
function references(message: string): { named: string[]; positional: string[] } {
  const text = message.replace(/\$\$/g, '');
  const named = [...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
  const positional = [...text.replace(/\$([A-Za-z0-9_@]+)\$/g, '').matchAll(/\$(\d)/g)].map((m) => m[1]!);
  return { named, positional };
}

/**
 * Every problem of `messages` (the locale in folder `folder`) against `defaults`, one line each:
 * missing or extra keys, placeholders lost or changed, plural forms missing for the language's
 * categories, a wrong uiLang, store limits, accessible names that lost their visible text.
 */
export function checkLocale(folder: string, messages: LocaleMessages, defaults: LocaleMessages): string[] {
  const problems: string[] = [];
  const bases = new Set(pluralBases(defaults));
  const baseOf = (key: string): string | null => {
    const m = PLURAL_KEY.exec(key);
    return m && bases.has(m[1]!) ? m[1]! : null;
  };
  let categories: string[];
  try {
    categories = pluralCategories(folder);
  } catch {
    return [`${folder}: not a locale Intl knows`];
  }

  // The keys this locale must have: every plain key of the default locale, and each plural base in
  // this language's categories.
  const expected = new Map<string, LocaleMessage>();
  for (const [key, entry] of Object.entries(defaults)) if (baseOf(key) === null) expected.set(key, entry);
  for (const base of bases) for (const c of categories) expected.set(`${base}_${c}`, defaults[`${base}_other`]!);

  for (const key of expected.keys()) if (!(key in messages)) problems.push(`${folder}: missing ${key}`);
  for (const key of Object.keys(messages)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) problems.push(`${folder}: ${key} is not a name Chrome accepts`);
    if (!expected.has(key)) {
      const base = baseOf(key);
      problems.push(base ? `${folder}: ${key} is not a plural form of ${localeTag(folder)} (it has ${categories.join(', ')})` : `${folder}: extra key ${key} (not in en)`);
    }
  }

  for (const [key, source] of expected) {
    const entry = messages[key];
    if (!entry) continue;
    if (typeof entry.message !== 'string' || entry.message.trim() === '') {
      problems.push(`${folder}: ${key} is empty`);
      continue;
    }
    const want = placeholderNames(source);
    const have = placeholderNames(entry);
    if (want.join() !== have.join()) problems.push(`${folder}: ${key} defines placeholders [${have.join(', ')}], en [${want.join(', ')}]`);
    for (const name of want) {
      const mine = Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name)?.[1];
      const theirs = Object.entries(source.placeholders ?? {}).find(([n]) => n.toLowerCase() === name)?.[1];
      if (mine && theirs && mine.content !== theirs.content) problems.push(`${folder}: ${key} placeholder ${name} is ${mine.content}, en ${theirs.content}`);
    }
    const refs = references(entry.message);
    const category = PLURAL_KEY.exec(key)?.[2];
    const countOptional = baseOf(key) !== null && category !== undefined && singleNumber(folder, category);
    for (const name of want) {
      if (refs.named.includes(name)) continue;
      if (name === 'count' && countOptional) continue;
      problems.push(`${folder}: ${key} does not use $${name.toUpperCase()}$`);
    }
    for (const name of refs.named) if (!want.includes(name)) problems.push(`${folder}: ${key} uses $${name.toUpperCase()}$, which it does not define`);
    const sourcePositional = references(source.message).positional.sort().join();
    if (refs.positional.sort().join() !== sourcePositional) problems.push(`${folder}: ${key} uses $1-style substitutions [${refs.positional.join(', ')}], en [${sourcePositional}]`);
  }

  const lang = messages.uiLang?.message;
  if (lang !== undefined && lang !== localeTag(folder)) problems.push(`${folder}: uiLang is "${lang}", expected "${localeTag(folder)}"`);
  const name = messages.extName?.message ?? '';
  if (name.length > MAX_NAME) problems.push(`${folder}: extName has ${name.length} characters (Chrome allows ${MAX_NAME})`);
  const description = messages.extDescription?.message ?? '';
  if (description.length > MAX_DESCRIPTION) problems.push(`${folder}: extDescription has ${description.length} characters (Chrome allows ${MAX_DESCRIPTION})`);
  for (const [visible, label] of LABEL_IN_NAME) {
    const text = messages[visible]?.message;
    const full = messages[label]?.message;
    if (text && full && !full.toLocaleLowerCase(localeTag(folder)).includes(text.toLocaleLowerCase(localeTag(folder)))) {
      problems.push(`${folder}: ${label} ("${full}") must contain the visible text of ${visible} ("${text}")`);
    }
  }
  return problems;
}
