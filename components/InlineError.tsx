/** An error said next to the control it is about: announced at once (role=alert), nothing when there is none. */
export function InlineError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p class="inline-error" role="alert">
      {message}
    </p>
  );
}
