// Prints one plain closing line ("tests: N passed, N failed, N skipped") that CI and
// humans can read without knowing jest's summary format.
'use strict';
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failedSuites = results.numFailedTestSuites + results.numRuntimeErrorTestSuites;
    process.stdout.write(
      `\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
    if (failedSuites > 0 && results.numFailedTests === 0) {
      process.stdout.write(`suites: ${failedSuites} failed to run\n`);
    }
  }
}
module.exports = SummaryReporter;
