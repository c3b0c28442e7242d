import { defineConfig } from 'vitest/config';

// One runner, five projects, so each floor can be tested alone (`npm run test:core`, …):
// core: the atlas pipeline (corpus → gazetteer → linking → claims → search → store), pure and in memory;
// api: the HTTP layer through supertest and real listening servers (fuzz, lifecycle);
// web: the browser app's pure modules, in node;
// tools: scripts, the tile toolchain, the gazetteer's rule tests;
// browser: the planner's paths in a real Chromium (web/e2e), after the web app is built once;
// load: mixed traffic against a real server.
const shared = {
  environment: 'node' as const,
  // generous: browser and load tests share 2 cores in CI; a hang still fails, just later
  testTimeout: 180_000,
  hookTimeout: 180_000,
  pool: 'forks' as const,
  // Test files share a process: our modules are pure or read-only, and start-up per file dominated the run.
  isolate: false,
  // the embedded database's template, made once for every server the tests start
  globalSetup: ['core/db/testing/pglite-template-setup.ts'],
};
const buildWebFirst = [...shared.globalSetup, 'web/e2e/global-setup.ts'];

export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', 'web/dist/**'],
    projects: [
      { test: { ...shared, name: 'core', include: ['core/**/*.test.ts', 'types/**/*.test.ts'] } },
      { test: { ...shared, name: 'api', include: ['api/**/*.test.ts'], globalSetup: buildWebFirst } },
      { test: { ...shared, name: 'web', include: ['web/src/**/*.test.ts'] } },
      {
        test: {
          ...shared,
          name: 'tools',
          include: ['scripts/**/*.test.ts', 'tiles/**/*.test.ts', 'geodata/**/*.test.ts'],
          exclude: ['scripts/bench/load/**'],
        },
      },
      { test: { ...shared, name: 'browser', include: ['web/e2e/**/*.test.ts'], globalSetup: buildWebFirst } },
      { test: { ...shared, name: 'load', include: ['scripts/bench/load/**/*.test.ts'] } },
    ],
  },
});
