/**
 * Options: subscribe to a feed by its address and the publisher's public key. Both are checked
 * here first (inline errors on the field). Then, inside the click (browsers ask only during a user
 * gesture), the browser is asked for exactly the feed's site, and the background fetches, verifies
 * and installs the feed ('feeds/subscribe'). Pre-filled from options.html?subscribe=… when a page
 * announced the feed: nothing is fetched until the reader presses Subscribe.
 */
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { parsePublicKey } from '@/lib/feed/keys';
import { checkFeedUrl, feedPermissionPattern, type FeedUrlProblem } from '@/lib/feeds/feed-url';
import type { FeedStatus } from '@/lib/domain/feed-status';
import type { DiscoveredFeed } from '@/lib/domain/page';
import { siteLabel } from '@/lib/sites/site-access';
import { t, type MessageKey } from '@/lib/i18n/i18n';
import { Message } from './Message';
import { errorMessage } from './error-message';
import { InlineError } from './InlineError';
import { TextField } from './TextField';
import type { UiServices } from './ui-services';

export interface SubscribeFormProps {
  services: UiServices;
  /** The feeds already there (a second subscription to the same address is refused here). */
  feeds: readonly FeedStatus[];
  /** From a page's announcement (options.html?subscribe=…): pre-fills the form. */
  suggested?: DiscoveredFeed;
  onSubscribed: (feed: FeedStatus) => void;
}

type Phase =
  | { step: 'idle' }
  | { step: 'permission'; site: string }
  | { step: 'installing'; site: string }
  | { step: 'done'; feed: FeedStatus }
  | { step: 'failed'; why: 'subscribeDenied' | 'subscribeFailed'; detail: string };

const ADDRESS_PROBLEMS: Record<FeedUrlProblem, MessageKey> = {
  invalid: 'addressInvalid',
  scheme: 'addressScheme',
  credentials: 'addressCredentials',
};

function addressError(text: string, feeds: readonly FeedStatus[]): string | undefined {
  if (text.trim() === '') return t('addressEmpty');
  const checked = checkFeedUrl(text);
  if (!checked.ok) return t(ADDRESS_PROBLEMS[checked.problem] ?? 'addressInvalid');
  if (feeds.some((f) => f.url === checked.url)) return t('addressSubscribed');
  return undefined;
}

function keyError(text: string): string | undefined {
  if (text.trim() === '') return t('keyEmpty');
  return parsePublicKey(text).ok ? undefined : t('keyInvalid');
}

export function SubscribeForm({ services, feeds, suggested, onSubscribed }: SubscribeFormProps) {
  const ids = { heading: useId(), why: useId() };
  const [address, setAddress] = useState(suggested?.url ?? '');
  const [key, setKey] = useState(suggested?.key ?? '');
  const [errors, setErrors] = useState<{ address?: string; key?: string }>({});
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const addressRef = useRef<HTMLInputElement>(null);
  const keyRef = useRef<HTMLInputElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const working = phase.step === 'permission' || phase.step === 'installing';

  // A page suggested this feed: say so first, where a screen reader starts reading.
  useEffect(() => {
    if (suggested) {
      noticeRef.current?.scrollIntoView?.({ block: 'center' });
      noticeRef.current?.focus();
    }
  }, []);

  const submit = (event: Event): void => {
    event.preventDefault();
    if (working) return;
    const found = { address: addressError(address, feeds), key: keyError(key) };
    setErrors(found);
    if (found.address || found.key) {
      (found.address ? addressRef : keyRef).current?.focus();
      setPhase({ step: 'idle' });
      return;
    }
    const checked = checkFeedUrl(address);
    const pattern = checked.ok ? feedPermissionPattern(checked.url) : null;
    if (!checked.ok || pattern === null) return; // addressError said so already
    const publicKey = key.trim();
    // Tells the background this grant is for a feed, not a site to check automatically; not awaited:
    // the permission request below must start while the click is still a user gesture.
    services.send('feeds/prepare', { url: checked.url }).catch(() => undefined);
    const granted = services.requestOrigins([pattern]);
    const site = siteLabel(pattern);
    setPhase({ step: 'permission', site });
    granted
      .then(async (ok) => {
        if (!ok) {
          setPhase({ step: 'failed', why: 'subscribeDenied', detail: site });
          return;
        }
        setPhase({ step: 'installing', site });
        const feed = await services.send('feeds/subscribe', { url: checked.url, publicKey });
        onSubscribed(feed);
        setPhase({ step: 'done', feed });
        setAddress('');
        setKey('');
      })
      .catch((err: unknown) => setPhase({ step: 'failed', why: 'subscribeFailed', detail: errorMessage(err) }));
  };

  const pattern = feedPermissionPattern(address);
  return (
    <form class="subscribe" aria-labelledby={ids.heading} onSubmit={submit} noValidate data-testid="subscribe-form">
      <h3 id={ids.heading}>{t('subscribeHeading')}</h3>
      {suggested && phase.step !== 'done' && (
        <div class="suggested" ref={noticeRef} tabIndex={-1} data-testid="subscribe-suggested">
          <p>{suggested.title ? <Message k="subscribeSuggestedTitle" subs={[suggested.title]} /> : t('subscribeSuggested')}</p>
          <p class="hint">{t('subscribeConfirmHint')}</p>
        </div>
      )}
      <TextField
        label={t('feedAddressLabel')}
        type="url"
        value={address}
        onInput={setAddress}
        error={errors.address}
        inputRef={addressRef}
        testId="feed-address"
      />
      <TextField label={t('publicKeyLabel')} value={key} onInput={setKey} error={errors.key} inputRef={keyRef} testId="public-key" />
      <p class="hint" id={ids.why}>
        {pattern ? <Message k="subscribeWhySite" subs={[siteLabel(pattern)]} /> : t('subscribeWhy')}
      </p>
      <div class="subscribe-actions">
        <button type="submit" class="primary-button" aria-describedby={ids.why} aria-disabled={working ? 'true' : undefined} data-testid="subscribe">
          {t('subscribeButton')}
        </button>
      </div>
      <p class="subscribe-progress" role="status" data-testid="subscribe-progress" data-step={phase.step}>
        {progressText(phase)}
      </p>
      <InlineError testId="subscribe-error" message={phase.step === 'failed' && <Message k={phase.why} subs={[phase.detail]} />} />
    </form>
  );
}

function progressText(phase: Phase): JSX.Element | null {
  switch (phase.step) {
    case 'idle':
    case 'failed':
      return null;
    case 'permission':
      return <Message k="subscribeAsking" subs={[phase.site]} />;
    case 'installing':
      return <Message k="subscribeInstalling" subs={[phase.site]} />;
    case 'done':
      return <Message k="subscribeDone" subs={[phase.feed.title, String(phase.feed.version)]} />;
  }
}
