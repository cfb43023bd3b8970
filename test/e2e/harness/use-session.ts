/**
 * The setup every real-browser test file shares: one browser + page server, started before the
 * file's first test and closed after its last (even when a test failed). In its own file because
 * session.ts is also used outside vitest (the popup benchmark).
 */
import { afterAll, beforeAll } from 'vitest';
import type { LaunchOptions } from './launch';
import { startSession, type Session } from './session';

/** The file's session; its fields are filled in once beforeAll has run. */
export function useSession(options: LaunchOptions = {}): Session {
  const session = {} as Session;
  let started: Session | undefined;
  beforeAll(async () => {
    started = await startSession(options);
    Object.assign(session, started);
  });
  afterAll(async () => {
    await started?.close();
  });
  return session;
}
