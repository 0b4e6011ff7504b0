import { defineConfig } from 'vitest/config';

// Two projects: `fast` is what `npm test` runs (seconds of test time); `slow` holds the suites
// that spawn processes, start services or browsers, or run many generated cases. `.ci/run`
// runs both (`npm test`, then `npm run test:slow`).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: ['tests/slow/**'] } },
      { extends: true, test: { name: 'slow', include: ['tests/slow/**/*.test.ts'], testTimeout: 300_000 } },
    ],
  },
});
