import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/**', 'src/**/index.ts'],
      reporter: ['text-summary', 'json-summary'],
      // Print the summary in every run, CI included, and also when a test failed.
      reportOnFailure: true,
      reportsDirectory: 'reports/coverage',
      thresholds: { lines: 90, branches: 85 },
    },
  },
});
