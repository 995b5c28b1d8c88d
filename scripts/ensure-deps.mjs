// Installs npm dependencies when node_modules is missing, so that `npm test` and `npm start`
// work as the very first command on a fresh clone. Uses only Node built-ins.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(marker)) {
  console.error('[blockade] node_modules is missing: running `npm ci` once (about 30 s).');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('[blockade] `npm ci` failed; see the output above.');
    process.exit(result.status ?? 1);
  }
}
