// `npm test`: every check, in order, on this machine. Installs the Debian packages it needs
// (PostgreSQL server, Chromium) when they are missing and we are root; otherwise says why it cannot.
// Ends with a plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const timings = [];

function hasPostgresServer() {
  const base = '/usr/lib/postgresql';
  return (
    existsSync(base) && readdirSync(base).some((v) => existsSync(join(base, v, 'bin', 'initdb')))
  );
}

function ensureSystemPackages() {
  const missing = [];
  if (!hasPostgresServer()) {
    missing.push('postgresql');
  }
  if (!existsSync('/usr/bin/chromium')) {
    missing.push('chromium');
  }
  if (!existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')) {
    missing.push('fonts-dejavu-core');
  }
  if (missing.length === 0) {
    return;
  }
  if (process.getuid?.() !== 0) {
    console.error(
      `[blockade] missing Debian packages: ${missing.join(', ')}. npm test installs them only as root; ` +
        `run: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`[blockade] installing Debian packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...missing],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`[blockade] apt-get ${args.join(' ')} failed (exit ${r.status}).`);
      process.exit(1);
    }
  }
}

function step(name, command, args, extraEnv = {}) {
  const t0 = Date.now();
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...extraEnv },
  });
  const seconds = (Date.now() - t0) / 1000;
  timings.push([name, seconds]);
  if (r.status !== 0) {
    console.error(`\n[blockade] ${name} failed (exit ${r.status}) after ${seconds.toFixed(1)} s.`);
    printTimings();
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

function printTimings() {
  console.log('\nstep timings:');
  for (const [name, s] of timings) {
    console.log(`  ${name.padEnd(44)} ${s.toFixed(1).padStart(7)} s`);
  }
  console.log(
    `  ${'total'.padEnd(44)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s`,
  );
}

ensureSystemPackages();
const bin = (name) => join(root, 'node_modules', '.bin', name);
step('type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('lint', bin('eslint'), ['.', '--max-warnings', '0']);
step('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
step('package exports', bin('tsx'), ['scripts/validate-exports.ts']);
step('build web app', 'npm', ['run', 'build:web', '--silent']);
mkdirSync(join(root, 'test-results'), { recursive: true });
const report = join(root, 'test-results', 'vitest.json');
step('tests (unit, PGlite, PostgreSQL, browser)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
const results = JSON.parse(readFileSync(report, 'utf8'));
printTimings();
console.log(
  `\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests + results.numTodoTests} skipped`,
);
