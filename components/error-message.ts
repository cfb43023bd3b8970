/** A short, human-readable message from anything thrown (pure). */
export function errorMessage(err: unknown): string {
  if (err instanceof Error && err.message) return err.message;
  if (typeof err === 'string' && err) return err;
  return String(err);
}
