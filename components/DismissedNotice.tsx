/** Stands in for a card the reader hid with "Not this event", with an Undo that gets focus. */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n/i18n';
import { InlineError } from './InlineError';
import { Message } from './Message';

export interface DismissedNoticeProps {
  id: string;
  title: string;
  onUndo: () => void;
  busy?: boolean;
  error?: string;
  /** Focus Undo when shown (default): the focused "Not this event" button just disappeared. */
  autoFocus?: boolean;
}

export function DismissedNotice({ id, title, onUndo, busy, error, autoFocus = true }: DismissedNoticeProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocus) undo.current?.focus();
  }, []);
  return (
    <div class="dismissed" data-testid="dismissed" data-event-id={id}>
      <p class="dismissed-text">
        <Message k="dismissed" subs={[title]} />
      </p>
      <button ref={undo} type="button" class="quiet-button" data-testid="undo" aria-disabled={busy ? 'true' : undefined} onClick={() => !busy && onUndo()}>
        {t('undo')}
      </button>
      <InlineError message={error} />
    </div>
  );
}
