/**
 * The toolbar button per tab: badge = number of (non-dismissed) events found, tooltip = their
 * titles. Errors (the tab closed meanwhile) are ignored: the badge goes away with the tab.
 */
import { browser } from 'wxt/browser';
import { t, tPlural } from '@/lib/i18n/i18n';
import type { FoundEvent } from '@/lib/messaging/protocol';
import { badgeText, tooltipText } from '@/lib/tabs/badge';

const BADGE_COLOR = '#8a1c2b';

/** MV3 `action`, or MV2 Firefox's `browserAction`. */
function action() {
  return browser.action ?? browser.browserAction;
}

export async function showBadge(tabId: number, events: readonly Pick<FoundEvent, 'title'>[]): Promise<void> {
  const a = action();
  const text = badgeText(events.length);
  const title = tooltipText(
    events.map((e) => e.title),
    {
      base: t('actionTitle'),
      heading: (n) => tPlural('badgeTitle', n),
      more: (n) => t('badgeMore', [n]),
    },
  );
  try {
    await Promise.all([
      a.setBadgeText({ tabId, text }),
      a.setTitle({ tabId, title }),
      text ? a.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }) : Promise.resolve(),
    ]);
  } catch {
    // The tab is gone.
  }
}

export async function clearBadge(tabId: number): Promise<void> {
  await showBadge(tabId, []);
}
