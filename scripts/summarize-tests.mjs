// Adds up what every step ran and prints the closing line CI reads.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [out, failedSteps] = process.argv.slice(2);
let passed = 0;
let failed = Number(failedSteps) || 0;
let skipped = 0;

const jestFile = join(out, 'jest.json');
if (existsSync(jestFile)) {
  const jest = JSON.parse(readFileSync(jestFile, 'utf8'));
  passed += jest.numPassedTests;
  failed += jest.numFailedTests;
  skipped += jest.numPendingTests + jest.numTodoTests;
  console.log(
    `jest: ${jest.numPassedTests} passed, ${jest.numFailedTests} failed, ${jest.numPendingTests} skipped in ${jest.numTotalTestSuites} suites`,
  );
} else {
  console.log('jest: no results (the test step did not run)');
  failed += 1;
}
const e2eFile = join(out, 'e2e.json');
if (existsSync(e2eFile)) {
  const e2e = JSON.parse(readFileSync(e2eFile, 'utf8'));
  passed += e2e.passed;
  failed += e2e.failed;
  console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
}
const engines = join(out, 'engines.txt');
if (existsSync(engines)) {
  const ids = [...new Set(readFileSync(engines, 'utf8').split('\n').filter(Boolean))].sort();
  console.log(`database engines exercised: ${ids.join(', ')}`);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
