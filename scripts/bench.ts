// `npm run bench`: runs every `*.bench.ts` file under packages/*/bench in turn and prints its figures.
// Benchmarks print numbers; they never pass or fail on speed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'packages'))
  .map((pkg) => join(root, 'packages', pkg, 'bench'))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.bench.ts'))
      .map((f) => join(dir, f)),
  )
  .filter((file) => only.length === 0 || only.some((word) => file.includes(word)));
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file.slice(root.length + 1)}`);
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [file], {
    stdio: 'inherit',
    cwd: root,
  });
  failed += result.status === 0 ? 0 : 1;
}
if (files.length === 0) {
  console.log('no benchmarks found');
}
process.exit(failed === 0 ? 0 : 1);
