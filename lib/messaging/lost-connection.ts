/**
 * Did a message fail because nobody was there to answer it (pure)? That is what a content script
 * sees when the background's worker stops while its message is in flight (crash, update, memory
 * pressure, Chrome's idle stop racing the message): the next message wakes a new worker, so it is
 * worth sending again. Any other failure (the background's own error reply, an invalidated
 * extension context) is an answer and is not retried.
 */
const LOST = [
  /could not establish connection/i, // Chrome and Firefox: "Receiving end does not exist."
  /receiving end does not exist/i,
  /message port closed/i, // Chrome: "The message port closed before a response was received."
  /message channel closed/i, // Chrome: "... but the message channel closed before a response was received"
  /no valid reply from the backstory background/i, // client.ts: the answer never came (Firefox)
];

export function isLostConnection(err: unknown): boolean {
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  return LOST.some((re) => re.test(message));
}
