import { defineConfig } from 'vitest/config';

/** The real-browser test: run by `npm run test:browser` (needs Debian's chromium), not by `npm test`. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest-browser.json' }]],
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
