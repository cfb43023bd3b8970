/** A related event opened from a card, with Back (see hooks/use-detail-stack.ts). */
import type { ComponentChildren } from 'preact';
import type { RefObject } from 'preact';
import { t, uiDirection } from '@/lib/i18n/i18n';
import { EmptyState } from './EmptyState';
import type { Detail } from './hooks/use-detail-stack';

/** What the live region says about the view. */
export function detailAnnouncement(detail: Detail): string {
  return detail.status === 'loading' ? t('eventLoading') : detail.event ? detail.event.title : '';
}

export interface DetailViewProps {
  detail: Detail;
  back: () => void;
  backRef: RefObject<HTMLButtonElement | null>;
  /** The event's card, once loaded. */
  children?: ComponentChildren;
}

export function DetailView({ detail, back, backRef, children }: DetailViewProps) {
  return (
    <section class="detail" aria-busy={detail.status === 'loading'} aria-label={detail.title}>
      <button ref={backRef} type="button" class="quiet-button back-button" data-testid="back" onClick={back}>
        {/* Arrows are not mirrored by the bidi algorithm: "back" points to the start side. */}
        <span aria-hidden="true">{uiDirection() === 'rtl' ? '→ ' : '← '}</span>
        {t('back')}
      </button>
      {detail.status === 'loading' && <p class="muted">{t('eventLoading')}</p>}
      {detail.status === 'error' && <EmptyState kind="error" />}
      {detail.status === 'done' && !detail.event && (
        <p class="muted" data-testid="event-missing">
          {t('eventMissing')}
        </p>
      )}
      {detail.status === 'done' && detail.event && children}
    </section>
  );
}
