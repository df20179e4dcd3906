// Prints the closing line "N passed, N failed" from vitest's JSON report; exits 1 if the report is missing.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'reports/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`cannot read the test report ${file}: ${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
// A suite that fails to load has no failed tests of its own; count it so the line never hides it.
const failedTests = report.numFailedTests ?? 0;
const failedSuites = report.numFailedTestSuites ?? 0;
const failed = failedTests > 0 ? failedTests : failedSuites;
console.log(`${passed} passed, ${failed} failed`);
