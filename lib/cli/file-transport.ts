/** A FeedTransport over file: URLs, so `index verify` checks a folder exactly as a reader checks a host (Node only). */
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FeedError, problems } from '../feed/problems';
import { pathOf, type FeedTransport, type FetchAnswer } from '../feed/transport';

export const fileTransport: FeedTransport = {
  async get(url, opts): Promise<FetchAnswer> {
    if (!url.startsWith('file:')) throw new FeedError(problems.unreachable(url, 'not a file in the folder'));
    let handle;
    try {
      handle = await open(fileURLToPath(url), 'r');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new FeedError(problems.unreachable(url, code === 'ENOENT' ? 'no such file' : String(code ?? error)));
    }
    try {
      // Read at most one byte past the cap: enough to know it is too large, never the whole file.
      const buffer = new Uint8Array(opts.maxBytes + 1);
      let total = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > opts.maxBytes) throw new FeedError(problems.tooLarge(pathOf(url), opts.maxBytes));
      }
      return { status: 200, bytes: buffer.slice(0, total) };
    } finally {
      await handle.close();
    }
  },
};
