// Prints one plain closing line ("tests: N passed, N failed, N skipped") that CI and
// humans can read without knowing jest's summary format.
'use strict';
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // numFailedTestSuites already counts suites that failed to run (numRuntimeErrorTestSuites).
    const failedSuites = results.numFailedTestSuites;
    const lines = [];
    if (failedSuites > 0 && results.numFailedTests === 0) lines.push(`suites: ${failedSuites} failed to run`);
    lines.push(
      `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`,
    );
    // Jest adds its own summary reporter after every custom one, whatever the order in the
    // config, so the line is held until the process exits to be the last thing printed.
    // (Writes to pipes, files and terminals are synchronous on Linux, so none is lost.)
    process.once('exit', () => process.stdout.write(`\n${lines.join('\n')}\n`));
  }
}
module.exports = SummaryReporter;
