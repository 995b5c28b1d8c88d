// Starts the real server (`tsx packages/api/src/main.ts`) as a child process, for crash tests and
// benchmarks. The child leads its own process group so it can be killed with everything it spawned.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

/** A running server process. */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Sends a signal to the whole process group and waits for the exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the server and waits until it prints its URL.
 *
 * @param env - Extra environment (PORT, BLOCKADE_DATA_DIR, DATABASE_URL, …).
 * @param timeoutMs - How long to wait for start-up.
 * @returns The running server.
 */
export async function startServer(
  env: Record<string, string>,
  timeoutMs = 180_000,
): Promise<ServerProcess> {
  const child = spawn(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'packages/api/src/main.ts')],
    {
      cwd: root,
      env: { ...process.env, BLOCKADE_LOG_LEVEL: 'silent', ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: ServerProcess = {
    url: `http://127.0.0.1:${env.PORT}`,
    child,
    output: () => out,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // already gone
        }
      }
      await exited;
    },
  };
  const started = Date.now();
  while (!out.includes('Blockade is running at')) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}: ${out}`);
    }
    if (Date.now() - started > timeoutMs) {
      await server.kill('SIGKILL');
      throw new Error(`server did not start in ${timeoutMs} ms: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}

/**
 * Runs the server to completion (for start-up failures) and returns its exit code and output.
 *
 * @param env - Environment.
 * @returns Exit code and output.
 */
export async function runServerToExit(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'packages/api/src/main.ts')],
    {
      cwd: root,
      env: { ...process.env, BLOCKADE_LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, output: out };
}

/**
 * Signs in over HTTP.
 *
 * @param url - Server base URL.
 * @param email - Login.
 * @param password - Password.
 * @returns The bearer token.
 */
export async function httpLogin(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) {
    throw new Error(`login failed: ${res.status}`);
  }
  return ((await res.json()) as { token: string }).token;
}
