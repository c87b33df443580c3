// Adds up vitest JSON reports (and failed quality gates) into CI's closing line.
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { status: string; fullName: string; failureMessages?: string[] }[];
  }[];
  success: boolean;
  numPendingTests: number;
  numTodoTests: number;
}

const [gateFailures = '0', ...reports] = process.argv.slice(2);
let passed = 0;
let failed = Number(gateFailures);
let skipped = 0;
for (const entry of reports) {
  const [file = '', label = file] = entry.split(':');
  if (!existsSync(file)) {
    console.info(`${label}: no report (the run did not finish)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
  // A file that failed to load has no failed test of its own: count it once.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  // Errors outside any test (an unhandled rejection) fail the run even when every test passed.
  const unhandled = !report.success && report.numFailedTests + brokenFiles === 0 ? 1 : 0;
  if (unhandled) console.info(`${label}: the run reported errors outside the tests`);
  const runFailed = report.numFailedTests + brokenFiles + unhandled;
  // CI shows only the tail of its log: name what failed here, with the first line of why.
  for (const file of report.testResults) {
    const where = file.name.replace(`${process.cwd()}/`, '');
    for (const test of file.assertionResults.filter((result) => result.status === 'failed')) {
      console.info(`  FAILED ${where} > ${test.fullName}`);
      console.info(`    ${firstLine(test.failureMessages?.[0])}`);
    }
    if (file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')) {
      console.info(`  FAILED ${where} (did not load)`);
      console.info(`    ${firstLine(file.message)}`);
    }
  }
  console.info(
    `${label}: ${report.numPassedTests} passed, ${runFailed} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
  );
  passed += report.numPassedTests;
  failed += runFailed;
  skipped += report.numPendingTests + report.numTodoTests;
}
function firstLine(text: string | undefined): string {
  // eslint-disable-next-line no-control-regex -- strips the colour codes vitest leaves in messages
  const plain = (text ?? '(no message)').replace(/\u001b\[[0-9;]*m/g, '');
  return (plain.split('\n').find((line) => line.trim() !== '') ?? '').slice(0, 300);
}

if (Number(gateFailures) > 0) console.info(`quality gates failed: ${gateFailures}`);
console.info(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
