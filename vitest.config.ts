import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests start a fake Discord server and real discord.js clients; give them room on a 2-core CI box.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
