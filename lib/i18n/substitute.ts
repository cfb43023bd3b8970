/**
 * Chrome-style message formatting for the test fallback of the i18n seam (pure, no browser API):
 * named placeholders ($DATE$) resolve to their `content` ("$1"), and $1..$9 to substitutions.
 * The browser does the same inside i18n.getMessage.
 */

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleMessage>;

export function formatMessage(entry: LocaleMessage, subs: readonly string[]): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const positional = (text: string): string =>
    text.replace(/\$(\d)/g, (_, digit: string) => subs[Number(digit) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? whole : positional(content);
    })
    .replace(/\$\$/g, '$');
}
