/**
 * The popup's offer for feeds the page announces (lib/extract/feed-links.ts): "Subscribe to X's
 * events" for each one not subscribed yet. It asks the background for the subscriptions only after
 * the popup's first frame, and only when the page announced something. A click opens the options
 * page pre-filled (components/subscribe-link.ts), where the reader confirms: nothing is fetched here.
 */
import { displayText } from '@/lib/text/display-text';
import { useEffect, useId, useState } from 'preact/hooks';
import type { DiscoveredFeed } from '@/lib/domain/page';
import { t } from '@/lib/i18n/i18n';
import { Message } from './Message';
import { siteLabel } from '@/lib/sites/site-access';
import { subscribeQuery } from './subscribe-link';
import type { UiServices } from './ui-services';

export interface FeedOfferProps {
  feeds: readonly DiscoveredFeed[];
  services: UiServices;
}

/** What the offer calls a feed: its title, else its site. */
export function feedName(feed: DiscoveredFeed): string {
  // A page's own words: shown without bidi controls or invisibles (display-text.ts).
  return feed.title !== undefined ? displayText(feed.title) : siteLabel(feed.url);
}

/** The host the feed is really served from (its address was checked when the page was read). */
export function feedHost(feed: DiscoveredFeed): string {
  try {
    return new URL(feed.url).host;
  } catch {
    return feed.url;
  }
}

export function FeedOffer({ feeds, services }: FeedOfferProps) {
  const headingId = useId();
  /** Announced feeds not subscribed yet; undefined until the subscriptions are known. */
  const [offered, setOffered] = useState<DiscoveredFeed[] | undefined>();

  useEffect(() => {
    let live = true;
    // After the first frame is drawn (a frame, then a task): the popup's first paint waits for nothing.
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        services.send('feeds/list', {}).then(
          (subscribed) => {
            const known = new Set(subscribed.map((f) => f.url));
            if (live) setOffered(feeds.filter((f) => !known.has(f.url)));
          },
          () => live && setOffered([]), // no offer rather than one for a feed already there
        );
      }),
    );
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, []);

  if (!offered || offered.length === 0) return null;
  return (
    <section class="feed-offer" aria-labelledby={headingId} data-testid="feed-offer">
      <h2 class="auto-heading" id={headingId}>
        {t('feedOfferHeading')}
      </h2>
      <p class="auto-offer">{t('feedOfferHint')}</p>
      <ul class="feed-offer-list">
        {offered.map((feed, i) => (
          <li key={feed.url}>
            <button
              type="button"
              class="secondary-button"
              data-testid="feed-offer-button"
              data-feed-url={feed.url}
              aria-describedby={`${headingId}-host-${i}`}
              onClick={() => services.openOptionsPage(subscribeQuery(feed))}
            >
              <Message k="feedOffer" subs={[feedName(feed)]} />
            </button>
            {/* The title is the page's word; the host is where the feed really is. */}
            <span class="feed-offer-host" id={`${headingId}-host-${i}`} dir="ltr" data-testid="feed-offer-host">
              {feedHost(feed)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
