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
  /** Label over the main events when mentions follow ("About:"). */
  about: string;
  /** Label over the mentions after main events ("Also mentioned:"). */
  alsoMentioned: string;
  /** Label over the mentions when the page is about none of the events. */
  mentionedOnly: string;
}

/** The titles of the events found, as the popup lists them: main events, then mentions. */
export interface TooltipTitles {
  main: readonly string[];
  mentions: readonly string[];
}

const MAX_LISTED = 8;
const MAX_TITLE = 90;

function shorten(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  return t.length > MAX_TITLE ? `${t.slice(0, MAX_TITLE - 1)}…` : t;
}

/**
 * The tooltip: the base title when nothing was found, else a heading and the events' titles, main
 * events first. Labels appear only where mentions are listed: a page with main events alone reads
 * as a plain list. At most MAX_LISTED titles in all.
 */
export function tooltipText({ main, mentions }: TooltipTitles, texts: TooltipTexts): string {
  const total = main.length + mentions.length;
  if (total === 0) return texts.base;
  const lines = [texts.heading(total)];
  let room = MAX_LISTED;
  const list = (titles: readonly string[], label?: string): void => {
    if (room === 0 || titles.length === 0) return;
    if (label) lines.push(label);
    const shown = titles.slice(0, room);
    room -= shown.length;
    for (const title of shown) lines.push(`• ${shorten(title)}`);
  };
  list(main, mentions.length > 0 ? texts.about : undefined);
  list(mentions, main.length > 0 ? texts.alsoMentioned : texts.mentionedOnly);
  if (total > MAX_LISTED) lines.push(texts.more(total - MAX_LISTED));
  return lines.join('\n');
}
