/** "Russian" for "ru" in the UI language (pure; Intl only). Null for "und" or an unknown code. */
export function languageName(code: string, locale: string): string | null {
  if (!code || code === 'und') return null;
  try {
    const name = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'none' }).of(code);
    return name ?? null;
  } catch {
    return null;
  }
}
