// Prints one closing line, `N passed, N failed`, from the unit and browser test runners' JSON reports.
// Usage: node scripts/summarize-tests.mjs <exit status of the test command> [<exit status of the quick benchmark>]
// The quick benchmark, when given, counts as one more check.
import { existsSync, readFileSync } from 'node:fs';

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

function countVitest(report) {
  if (!report) return { passed: 0, failed: 0, skipped: 0, found: false };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    found: true,
  };
}

function countPlaywright(report) {
  if (!report) return { passed: 0, failed: 0, skipped: 0, found: false };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  return { passed: expected + flaky, failed: unexpected, skipped, found: true };
}

const exitStatus = Number(process.argv[2] ?? 0);
const benchStatus = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const unit = countVitest(readJson('reports/vitest.json'));
const browser = countPlaywright(readJson('reports/playwright.json'));

console.log(`unit and component tests: ${unit.found ? `${unit.passed} passed, ${unit.failed} failed` : 'no report'}`);
console.log(`browser tests: ${browser.found ? `${browser.passed} passed, ${browser.failed} failed` : 'no report'}`);

if (benchStatus !== undefined) console.log(`quick benchmark: ${benchStatus === 0 ? 'passed' : 'failed'}`);

let failed = unit.failed + browser.failed;
if (exitStatus !== 0 && failed === 0) {
  // A step with no per-test report failed (types, lint, build or a runner that did not start).
  console.log('The test command failed outside the test runners: see the type check, lint or build output above.');
  failed = 1;
}
const skipped = unit.skipped + browser.skipped;
let passed = unit.passed + browser.passed;
if (benchStatus === 0) passed += 1;
if (benchStatus !== undefined && benchStatus !== 0) failed += 1;
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
