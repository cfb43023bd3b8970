/** An error said next to the control it is about: announced at once (role=alert), nothing when there is none. */
import type { ComponentChildren } from 'preact';

/** `message`: a string, or a <Message> whose substitutions keep their own direction. */
export function InlineError({ message, testId }: { message: ComponentChildren; testId?: string }) {
  if (!message) return null;
  return (
    <p class="inline-error" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}
