import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Shared suites, and every plugin package's own (packages/<plugin>/tests).
    include: ['tests/**/*.test.ts', 'packages/*/tests/**/*.test.ts'],
    // Each test file starts real servers over real databases (PGlite in memory and a
    // fresh PostgreSQL database); seeding and migrations take seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Under CI also write a JSON report, from which .ci/run prints the plain
    // "N passed, N failed" line CI reads.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI ? { json: 'test-results/vitest.json' } : undefined,
    server: {
      deps: {
        // The workspace packages are compiled by tsc (type-graphql needs decorator
        // metadata, which Vite's transform does not emit): load their dist/ as plain
        // Node modules, so graphql and type-graphql exist once.
        external: [/\/packages\/[^/]+\/(dist|generated)\//, /\/packages\/core\/testing\.js$/, /node_modules/],
      },
    },
  },
});
