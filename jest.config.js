// Two projects: fast unit specs next to the code, and integration/e2e suites under test/
// that share one PostgreSQL (embedded unless TEST_DATABASE_URL is set) started once per run.
const swc = ['@swc/jest', { swcrc: true }];
const moduleNameMapper = {
  '^@thamvan/test-utils(|/.*)$': '<rootDir>/test/utils$1',
  '^@thamvan/([a-z-]+)(|/.*)$': '<rootDir>/libs/$1/src$2',
};

/** @type {import('jest').Config} */
module.exports = {
  // Integration tests start servers and PostgreSQL clusters; unit tests finish far sooner.
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
      transform: { '^.+\\.ts$': swc },
      moduleNameMapper,
      testEnvironment: 'node',
    },
    {
      displayName: 'integration',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      transform: { '^.+\\.ts$': swc },
      moduleNameMapper,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
