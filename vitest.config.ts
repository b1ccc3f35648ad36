import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Bundles the action and the CLI from src/ once per run, for the end-to-end tests.
    globalSetup: ['__tests__/harness/global-setup.ts'],
    testTimeout: 20_000,
  },
});
