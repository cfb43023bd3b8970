import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two tiers, one command: `unit` (Node, fake browser, fake IndexedDB) and `e2e`
// (the built extension in Debian's Chromium and Firefox; see test/e2e/README.md).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['test/unit/setup.ts'],
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // After the unit tests, not beside them: browsers on a 2-core machine want the CPU.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
