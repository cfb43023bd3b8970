/** "Russian" for "ru" in the UI language (pure; Intl only). Null for "und" or an unknown code. */
export function languageName(code: string, locale: string): string | null {
  if (!code || code === 'und') return null;
  try {
    return displayNames(locale).of(code) ?? null;
  } catch {
    return null;
  }
}

// One Intl.DisplayNames per UI locale: building one costs far more than a lookup, and the popup
// names a language for every source it lists.
const byLocale = new Map<string, Intl.DisplayNames>();

function displayNames(locale: string): Intl.DisplayNames {
  let names = byLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'none' });
    byLocale.set(locale, names);
  }
  return names;
}
