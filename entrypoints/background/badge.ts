/**
 * The toolbar button per tab: badge = number of (non-dismissed) events found, main and mentioned
 * alike (README, "Main events and mentions"), tooltip = their titles, main events first, and the
 * popup page it opens. Errors (the tab closed meanwhile) are ignored: the badge
 * goes away with the tab.
 */
import { browser } from 'wxt/browser';
import type { FoundEvent } from '@/lib/domain/event';
import { formatNumber, t, tPlural } from '@/lib/i18n/i18n';
import { splitByProminence } from '@/lib/results/prominence-groups';
import { badgeText, tooltipText } from '@/lib/tabs/badge';

const BADGE_COLOR = '#8a1c2b';

export async function showBadge(tabId: number, events: readonly Pick<FoundEvent, 'title' | 'prominence' | 'pageIsSource'>[]): Promise<void> {
  const text = badgeText(events.length);
  const { main, mentions } = splitByProminence(events);
  const title = tooltipText(
    { main: main.map((e) => e.title), mentions: mentions.map((e) => e.title) },
    {
      base: t('actionTitle'),
      heading: (n) => tPlural('badgeTitle', n),
      more: (n) => t('badgeMore', [formatNumber(n)]),
      about: t('badgeAbout'),
      alsoMentioned: t('badgeAlsoMentioned'),
      mentionedOnly: t('badgeMentionedOnly'),
    },
  );
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      browser.action.setTitle({ tabId, title }),
      text ? browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }) : Promise.resolve(),
    ]);
  } catch {
    // The tab is gone.
  }
}

export async function clearBadge(tabId: number): Promise<void> {
  await showBadge(tabId, []);
}

/** The toolbar popup's page for a tab: the tab is named, so the popup need not ask which is active. */
function tabPopupPath(tabId: number): string {
  return `popup.html?tabId=${tabId}`;
}

/**
 * A tab with a result opens its toolbar popup as popup.html?tabId=N: the popup then reads the
 * result at once, without first asking the browser for the active tab (a round trip less while it
 * opens). Always right for that tab, so it is never undone; the browser drops it with the tab.
 */
export async function pointPopupAt(tabId: number): Promise<void> {
  try {
    await browser.action.setPopup({ tabId, popup: tabPopupPath(tabId) });
  } catch {
    // The tab is gone: the default popup asks for the tab.
  }
}
