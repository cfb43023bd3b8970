/**
 * Options: one feed. Title, publisher, version, events, last success, next check, its status in
 * plain words, "Update now", pause/resume, and (for a subscribed feed) remove. Removing asks
 * first, in the row itself: it deletes the feed's events.
 */
import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { FeedStatus } from '@/lib/domain/feed-status';
import { formatMoment } from '@/lib/i18n/format-date';
import { t } from '@/lib/i18n/i18n';
import { Message } from './Message';
import { errorMessage } from './error-message';
import { feedStatusLine } from './feed-status-text';
import { InlineError } from './InlineError';
import type { UiServices } from './ui-services';

export interface FeedRowProps {
  feed: FeedStatus;
  services: UiServices;
  locale: string;
  onChange: (feed: FeedStatus) => void;
  onRemoved: (id: string) => void;
}

type Busy = 'update' | 'pause' | 'remove' | undefined;

export function FeedRow({ feed, services, locale, onChange, onRemoved }: FeedRowProps) {
  const titleId = useId();
  const [busy, setBusy] = useState<Busy>();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const removeRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // The confirmation replaces the button the reader just pressed: focus follows it.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const status = feedStatusLine(feed);
  const number = (n: number, grouping = true) => new Intl.NumberFormat(locale, { useGrouping: grouping }).format(n);
  const moment = (ms: number | undefined) => (ms === undefined ? t('feedNever') : formatMoment(ms, locale));

  const run = (what: Exclude<Busy, undefined>, action: () => Promise<void>): void => {
    if (busy) return;
    setBusy(what);
    setError(undefined);
    action()
      .catch((err: unknown) => setError(t('feedActionFailed', [errorMessage(err)])))
      .finally(() => setBusy(undefined));
  };

  const update = () => run('update', async () => onChange(await services.send('feeds/update', { id: feed.id })));
  const pause = () =>
    run('pause', async () => onChange(await services.send('feeds/pause', { id: feed.id, paused: !feed.paused })));
  const remove = () =>
    run('remove', async () => {
      await services.send('feeds/remove', { id: feed.id });
      onRemoved(feed.id);
    });
  const cancel = () => {
    setConfirming(false);
    setTimeout(() => removeRef.current?.focus(), 0);
  };

  // [label, value, value is the feed's own text (kept in its own direction)]
  const facts: [string, string, boolean?][] = [
    [t('indexPublisher'), feed.publisher, true],
    [t('indexVersion'), number(feed.version, false)],
    [t('indexEvents'), number(feed.events)],
    ...(feed.builtin
      ? []
      : ([
          [t('feedLastSuccess'), moment(feed.lastSuccess)],
          [t('feedNextCheck'), feed.paused ? t('feedStatusPaused') : moment(feed.nextCheck)],
        ] as [string, string][])),
  ];

  return (
    <li
      class="feed"
      data-testid="feed"
      data-feed-id={feed.id}
      data-version={feed.version}
      aria-labelledby={titleId}
      aria-busy={busy ? 'true' : undefined}
    >
      <h3 class="feed-title" id={titleId}>
        <bdi>{feed.title}</bdi>
        {feed.builtin && <span class="feed-tag"> {t('feedBuiltin')}</span>}
      </h3>
      <dl class="facts">
        {facts.map(([label, value, own]) => (
          <div class="fact" key={label}>
            <dt>{label}</dt>
            <dd>{own ? <bdi>{value}</bdi> : value}</dd>
          </div>
        ))}
      </dl>
      <p class={`feed-status ${status.tone}`} data-testid="feed-status" data-tone={status.tone}>
        {status.tone !== 'ok' && <span aria-hidden="true">⚠ </span>}
        {busy === 'update' ? t('feedUpdating') : status.text}
      </p>
      {feed.error && (
        <p class="muted feed-detail" data-testid="feed-error-detail">
          <Message k="errorDetail" subs={[feed.error.message]} />
        </p>
      )}
      <div class="feed-actions">
        {/* The bundled index has nothing to fetch: "Update now" checks that it is installed. It cannot be removed. */}
        <RowButton kind="secondary-button" testId="update-now" describedBy={titleId} busy={busy} onClick={update}>
          {t('updateNow')}
        </RowButton>
        <RowButton kind="quiet-button" testId="pause-feed" describedBy={titleId} busy={busy} onClick={pause}>
          {feed.paused ? t('resumeFeed') : t('pauseFeed')}
        </RowButton>
        {!feed.builtin && !confirming && (
          <RowButton kind="quiet-button" testId="remove-feed" describedBy={titleId} busy={busy} onClick={() => setConfirming(true)} buttonRef={removeRef}>
            {t('remove')}
          </RowButton>
        )}
      </div>
      {confirming && (
        <div class="feed-confirm" role="group" aria-label={t('removeFeedConfirm', [feed.title])} data-testid="remove-confirm">
          <p>
            <Message k="removeFeedConfirm" subs={[feed.title]} />
          </p>
          <RowButton kind="danger-button" testId="confirm-remove" busy={busy} onClick={remove} buttonRef={confirmRef}>
            {t('removeFeedYes')}
          </RowButton>
          <button type="button" class="quiet-button" data-testid="cancel-remove" onClick={cancel}>
            {t('cancel')}
          </button>
        </div>
      )}
      <InlineError message={error} />
    </li>
  );
}

interface RowButtonProps {
  kind: 'secondary-button' | 'quiet-button' | 'danger-button';
  testId: string;
  /** The feed's title, so a screen reader says which feed the button is for. */
  describedBy?: string;
  /** While any action of the row runs, its buttons keep focus but do nothing. */
  busy: Busy;
  onClick: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
  children: ComponentChildren;
}

function RowButton({ kind, testId, describedBy, busy, onClick, buttonRef, children }: RowButtonProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      class={kind}
      data-testid={testId}
      aria-describedby={describedBy}
      aria-disabled={busy ? 'true' : undefined}
      onClick={() => !busy && onClick()}
    >
      {children}
    </button>
  );
}
