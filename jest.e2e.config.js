/**
 * End-to-end tests: the built preview (dist/, from `webpack --mode production`) in headless
 * Chromium. Run with `npm run test:e2e`; the default jest config ignores test/e2e/.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
