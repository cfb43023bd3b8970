/** Polls until a condition holds; the error says what was awaited and the last value seen. */
export interface WaitOptions {
  /** What is being awaited, for the error message. */
  what: string;
  timeout?: number;
  interval?: number;
}

export async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, options: WaitOptions): Promise<T> {
  const { what, timeout = 10_000, interval = 100 } = options;
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (ok(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  const seen = lastError !== undefined ? `error: ${String(lastError)}` : `last value: ${JSON.stringify(last)}`;
  throw new Error(`Timed out after ${timeout} ms waiting for ${what} (${seen})`);
}
