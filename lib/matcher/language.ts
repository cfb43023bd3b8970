/**
 * The page's language as the matcher uses it: the primary subtag of a BCP 47 tag, lowercased
 * ("en-US" -> "en", "SR-Latn" -> "sr"), "" when unknown. Ending sets, month cases and weekday
 * tables are chosen by it.
 */
export const primaryLanguage = (lang: string | undefined): string => (lang ?? '').split(/[-_]/)[0]!.toLowerCase();
