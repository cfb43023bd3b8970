/** A feed as the options page lists it (FEED-CONTRACT.md). */
import type { FeedProblemCode } from '../feed/problems';

export interface FeedStatus {
  /** The extension's feed id ('bundled' for the built-in index). */
  id: string;
  /** Manifest URL (absent for bundled). */
  url?: string;
  title: string;
  publisher: string;
  homepage?: string;
  version: number;
  events: number;
  builtin: boolean;
  paused: boolean;
  /** Expired manifest, or the installed version's `expires` has passed. */
  stale: boolean;
  /** Epoch ms of the last successful check (install, or 304 / same version). */
  lastSuccess?: number;
  /** Epoch ms of the next scheduled check. */
  nextCheck?: number;
  /** The last error, in plain words. */
  error?: { code: FeedProblemCode; message: string };
}
