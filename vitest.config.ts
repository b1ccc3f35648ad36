import { defineConfig } from 'vitest/config';
import { viteSiteClient } from './scripts/site-client.mjs';

export default defineConfig({
  plugins: [viteSiteClient],
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Bundles the action and the CLI from src/ once per run, for the end-to-end tests.
    globalSetup: ['__tests__/harness/global-setup.ts'],
    testTimeout: 60_000,
  },
});
