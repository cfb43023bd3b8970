/** The toolbar badge and its tooltip for one tab (pure; the texts come from i18n). */

/** "" for no events (no badge), the count, or "99+". */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}

export interface TooltipTexts {
  /** The button's normal title ("Backstory: check this page..."). */
  base: string;
  /** Heading for `count` events ("Backstory: 2 known news events on this page"). */
  heading: (count: number) => string;
  /** Line for events not listed ("and 3 more"). */
  more: (count: number) => string;
}

const MAX_LISTED = 8;
const MAX_TITLE = 90;

function shorten(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  return t.length > MAX_TITLE ? `${t.slice(0, MAX_TITLE - 1)}…` : t;
}

/** The tooltip: the base title when nothing was found, else a heading and the events' titles. */
export function tooltipText(titles: readonly string[], texts: TooltipTexts): string {
  if (titles.length === 0) return texts.base;
  const lines = [texts.heading(titles.length), ...titles.slice(0, MAX_LISTED).map((t) => `• ${shorten(t)}`)];
  if (titles.length > MAX_LISTED) lines.push(texts.more(titles.length - MAX_LISTED));
  return lines.join('\n');
}
