import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PostgreSQL server started for tests: its connection URL and a function that stops and deletes it. */
export interface ThrowawayPostgres {
  /** `postgres://blockade@127.0.0.1:PORT/postgres` */
  readonly url: string;
  readonly stop: () => void;
}

/**
 * Finds the newest Debian PostgreSQL server binaries (`/usr/lib/postgresql/<major>/bin`).
 *
 * @returns The bin directory, or undefined when no server is installed.
 */
export function findPostgresBinDir(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) {
    return undefined;
  }
  const majors = readdirSync(base)
    .filter((name) => existsSync(join(base, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] === undefined ? undefined : join(base, majors[0], 'bin');
}

/** Returns a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a private PostgreSQL cluster in a temporary directory on 127.0.0.1 (trust auth, user `blockade`).
 * As root it runs the server as the `postgres` user, since initdb refuses root.
 *
 * @returns The server's URL and a stop function (stops the server and deletes its directory).
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findPostgresBinDir();
  if (bin === undefined) {
    throw new Error(
      'No PostgreSQL server found under /usr/lib/postgresql. Install it with `apt-get install -y postgresql` ' +
        '(npm test does this by itself when run as root).',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'blockade-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]): void => {
    const full = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]]
      : [join(bin, cmd), args];
    const result = spawnSync(full[0] as string, full[1] as string[], { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`${cmd} failed (${result.status}): ${result.stderr || result.stdout}`);
    }
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const dataDir = join(dir, 'data');
  const port = await freePort();
  run('initdb', [
    '-D',
    dataDir,
    '-U',
    'blockade',
    '-A',
    'trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  run('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    'start',
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=200 -c fsync=off`,
  ]);
  let stopped = false;
  return {
    url: `postgres://blockade@127.0.0.1:${port}/postgres`,
    stop: () => {
      if (stopped) {
        return;
      }
      stopped = true;
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
