// Checks that every package's `exports` entries resolve to files and that @blockade/pharm has no
// runtime dependencies (it must run anywhere, including the browser).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const packagesDir = join(import.meta.dirname, '..', 'packages');
const problems: string[] = [];
for (const name of readdirSync(packagesDir)) {
  const manifestPath = join(packagesDir, name, 'package.json');
  if (!existsSync(manifestPath)) {
    continue;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    name: string;
    exports?: Record<string, string>;
    dependencies?: Record<string, string>;
  };
  for (const [entry, target] of Object.entries(manifest.exports ?? {})) {
    if (!existsSync(join(packagesDir, name, target))) {
      problems.push(`${manifest.name}: exports["${entry}"] -> ${target} does not exist`);
    }
  }
  if (name === 'pharm' && Object.keys(manifest.dependencies ?? {}).length > 0) {
    problems.push('@blockade/pharm must have no runtime dependencies');
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('package exports: ok');
