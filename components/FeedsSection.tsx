/**
 * Options: the feeds Backstory matches pages against, the bundled one first, and the form to add
 * one. Keeps the list it was given up to date from each action's answer (no reload of the list).
 */
import { useRef, useState } from 'preact/hooks';
import type { FeedStatus } from '@/lib/domain/feed-status';
import type { DiscoveredFeed } from '@/lib/domain/page';
import { t } from '@/lib/i18n/i18n';
import { FeedRow } from './FeedRow';
import { SubscribeForm } from './SubscribeForm';
import type { UiServices } from './ui-services';

export interface FeedsSectionProps {
  feeds: readonly FeedStatus[];
  services: UiServices;
  locale: string;
  suggested?: DiscoveredFeed;
}

/** The bundled feed first, then the others in the order the background lists them. */
function ordered(feeds: readonly FeedStatus[]): FeedStatus[] {
  return [...feeds.filter((f) => f.builtin), ...feeds.filter((f) => !f.builtin)];
}

export function FeedsSection({ feeds: initial, services, locale, suggested }: FeedsSectionProps) {
  const [feeds, setFeeds] = useState(() => ordered(initial));
  const headingRef = useRef<HTMLHeadingElement>(null);

  const replace = (feed: FeedStatus): void =>
    setFeeds((all) => (all.some((f) => f.id === feed.id) ? all.map((f) => (f.id === feed.id ? feed : f)) : ordered([...all, feed])));
  const removed = (id: string): void => {
    setFeeds((all) => all.filter((f) => f.id !== id));
    setTimeout(() => headingRef.current?.focus(), 0); // the focused button is gone
  };

  return (
    <section class="panel feeds" aria-labelledby="feeds-heading" data-testid="feeds">
      <h2 id="feeds-heading" ref={headingRef} tabIndex={-1}>
        {t('feedsHeading')}
      </h2>
      <p class="hint">{t('feedsHint')}</p>
      <ul class="feed-list" aria-labelledby="feeds-heading" data-testid="feed-list">
        {feeds.map((feed) => (
          <FeedRow key={feed.id} feed={feed} services={services} locale={locale} onChange={replace} onRemoved={removed} />
        ))}
      </ul>
      <SubscribeForm services={services} feeds={feeds} suggested={suggested} onSubscribed={replace} />
    </section>
  );
}
