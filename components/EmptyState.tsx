/** A clear message when there is nothing to list: no events, not text, off, unsupported, error. */
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/lib/i18n/i18n';

export type EmptyKind = 'none' | 'not-text' | 'off' | 'unsupported' | 'error';

const TEXT: Record<EmptyKind, [MessageKey, MessageKey]> = {
  none: ['emptyNoneTitle', 'emptyNoneHint'],
  'not-text': ['emptyNotTextTitle', 'emptyNotTextHint'],
  off: ['emptyOffTitle', 'emptyOffHint'],
  unsupported: ['emptyUnsupportedTitle', 'emptyUnsupportedHint'],
  error: ['emptyErrorTitle', 'emptyErrorHint'],
};

export function emptyTitle(kind: EmptyKind): string {
  return t(TEXT[kind][0]);
}

export function EmptyState({ kind, detail, children }: { kind: EmptyKind; detail?: string; children?: ComponentChildren }) {
  const [title, hint] = TEXT[kind];
  return (
    <div class={`empty empty-${kind}`} data-testid="empty-state" data-state={kind}>
      <h3 class="empty-title">{t(title)}</h3>
      <p class="empty-hint">{t(hint)}</p>
      {detail && <p class="empty-detail">{t('errorDetail', [detail])}</p>}
      {children}
    </div>
  );
}
