#!/usr/bin/env node
// `npm test`: every tier that can run here, then one line "N passed, N failed".
// - unit and db tiers always (db on embedded PGlite);
// - the db tier again on PostgreSQL when DATABASE_URL is set;
// - the browser tier (Playwright + Debian chromium) when chromium is installed.
// A tier that cannot run says so and why; it never counts as passed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const reportDir = mkdtempSync(path.join(tmpdir(), 'cadence-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = []; // printed before the totals so a CI log names what failed
const summary = [];
const only = process.argv.slice(2); // e.g. `npm test -- unit db`

const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The reason a test failed, in one line: a CI log's tail then says why, not only what. */
function firstLineOf(messages = []) {
  const line = (messages[0] ?? '')
    .replace(ansiColour, '')
    .split('\n')
    .find((text) => text.trim());
  return (line ?? 'no message').trim().slice(0, 240);
}

function runVitest(name, args, env = {}) {
  if (only.length > 0 && !only.includes(name)) return;
  const outputFile = path.join(reportDir, `${name}.json`);
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`],
    {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    },
  );
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(outputFile)) {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numRuntimeErrors ?? 0);
    skipped = report.numPendingTests + report.numTodoTests;
    // A file that failed to load counts as a failure even though it ran no test.
    failed += report.testResults.filter(
      (file) => file.status === 'failed' && file.assertionResults.length === 0,
    ).length;
    for (const file of report.testResults) {
      const where = path.relative(process.cwd(), file.name);
      if (file.status === 'failed' && file.assertionResults.length === 0) failures.push(`${name}: ${where}`);
      for (const test of file.assertionResults) {
        if (test.status === 'failed')
          failures.push(`${name}: ${where} > ${test.fullName}\n      ${firstLineOf(test.failureMessages)}`);
      }
    }
  }
  if (result.status !== 0 && failed === 0) failed = 1;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  summary.push(`${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

function skip(name, reason) {
  if (only.length > 0 && !only.includes(name)) return;
  console.log(`\n=== ${name} === skipped: ${reason}`);
  summary.push(`${name}: skipped (${reason})`);
}

runVitest('unit', ['--project', 'unit']);
const { DATABASE_URL, ...withoutDatabase } = process.env;
if (only.length === 0 || only.includes('db')) {
  process.env = withoutDatabase;
  runVitest('db', ['--project', 'db']);
  process.env.DATABASE_URL = DATABASE_URL;
}
// The time logic (zoned time, routine expansion, the routine API and its ICS feed, tracked
// intervals, and the web's conversions between the workspace's zone and the device's) once more
// under two process time zones: the tiers above run with whatever TZ the machine has, and nothing
// here may depend on it.
const routinePaths = [
  'src/core/time',
  'src/core/routine',
  'src/core/tracking',
  'src/server/modules/routine',
  'src/web/features/routine',
  'src/web/features/tracking',
];
for (const [name, zone] of [
  ['tz-utc', 'UTC'],
  ['tz-paris', 'Europe/Paris'],
]) {
  // One project per run: Vitest refuses to mix projects with different worker settings.
  for (const project of ['unit', 'db'])
    runVitest(`${name}-${project}`, ['--project', project, ...routinePaths], { TZ: zone, DATABASE_URL: '' });
}
if (DATABASE_URL) runVitest('db-postgres', ['--project', 'db'], { DATABASE_URL });
else skip('db-postgres', 'DATABASE_URL is not set (see README: testing on PostgreSQL)');

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  if (only.length === 0 || only.includes('e2e')) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) {
      totals.failed += 1;
      summary.push('e2e: build failed');
    } else runVitest('e2e', ['--config', 'e2e/vitest.e2e.config.ts'], { DATABASE_URL: '' });
  }
} else skip('e2e', `no chromium at ${chromium} (apt-get install chromium)`);

rmSync(reportDir, { recursive: true, force: true });
console.log(`\n${summary.join('\n')}`);
if (failures.length > 0) console.log(`\nfailed:\n${failures.map((line) => `  ${line}`).join('\n')}`);
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(totals.failed > 0 ? 1 : 0);
