// Reads a vitest JSON report and fails when a test failed, was skipped or left as todo, or when a
// required engine's suites did not run at all. Prints the closing line CI reads: "N passed, N failed".
import fs from 'node:fs';

const [file, ...requiredTags] = process.argv.slice(2);
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
const tests = report.testResults.flatMap((suite) => suite.assertionResults);
const by = (status) => tests.filter((test) => test.status === status);
const passed = by('passed').length;
const failed = by('failed').length + report.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
const skipped = tests.length - passed - by('failed').length;
const problems = [];
if (skipped > 0)
  problems.push(
    `${skipped} test(s) skipped or todo: ${tests
      .filter((t) => !['passed', 'failed'].includes(t.status))
      .map((t) => t.fullName)
      .slice(0, 5)
      .join('; ')}`,
  );
for (const tag of requiredTags) {
  const count = tests.filter((test) => test.fullName.includes(`[${tag}]`) && test.status === 'passed').length;
  if (count === 0) problems.push(`no test ran on [${tag}]`);
  else console.log(`[${tag}]: ${count} tests passed`);
}
for (const problem of problems) console.error(`check-test-report: ${problem}`);
console.log(`${file}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || problems.length > 0 || tests.length === 0 ? 1 : 0);
