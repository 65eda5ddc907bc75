import { defineConfig } from 'vitest/config';

// Suites of the embedded engine alone (the operator's CLI on a data directory): left out of a run
// narrowed to PostgreSQL (LINKCY_TEST_ENGINES=postgres, see test/helpers/harness.ts), where they would
// hold no test at all.
const embeddedOnly = ['test/db/operator-cli.test.ts'];
const pgliteUnderTest = !process.env.LINKCY_TEST_ENGINES || process.env.LINKCY_TEST_ENGINES.split(',').some((name) => name.trim() === 'pglite');

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser suite needs Chromium; it runs with `npm run test:browser` (and in CI).
    exclude: ['test/browser/**', 'node_modules/**', ...(pgliteUnderTest ? [] : embeddedOnly)],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Each test file opens its own database; two at a time fit the two cores of CI.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
