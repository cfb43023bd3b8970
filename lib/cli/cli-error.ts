/** An error the scan CLI reports as one line on stderr ("scan: ...") with exit code 2. */
export class CliError extends Error {
  override name = 'CliError';
}

/** One line, whatever the underlying message looks like. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

export function errorMessage(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error));
}
