import { defineConfig } from '@playwright/test';

const port = Number(process.env.WEB_E2E_PORT ?? 3917);

/**
 * Browser tests of apps/web: Debian's Chromium (no browser download) against the real server on a
 * real PostgreSQL with the demo loaded. `npm run test:web` (part of `npm test`).
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '*.e2e.ts',
  outputDir: '../../.tmp/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: 'node e2e/serve.js',
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: { WEB_E2E_PORT: String(port) },
  },
});
