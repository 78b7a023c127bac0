/** Environment variables through which global setup hands the test server to test files. */
export const TEST_ENV = {
  serverUrl: 'THAMVAN_TEST_SERVER_URL',
  template: 'THAMVAN_TEST_TEMPLATE',
} as const;
