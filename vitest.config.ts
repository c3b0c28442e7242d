import { defineConfig } from 'vitest/config';

// One runner for the whole tree: unit tests beside their modules, API tests through supertest,
// fuzz and load tests against a real listening server, and the planner's paths in a real
// Chromium (web/e2e). The web app is built once, before any file runs (web/e2e/global-setup.ts).
export default defineConfig({
  test: {
    include: ['{core,api,web,scripts,geodata,tiles,types}/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'web/dist/**'],
    environment: 'node',
    globalSetup: ['web/e2e/global-setup.ts'],
    // generous: browser and load tests share 2 cores in CI; a hang still fails, just later
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Test files share a process: our modules are pure or read-only, and start-up per file dominated the run.
    isolate: false,
  },
});
