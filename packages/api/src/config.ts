import { z } from 'zod';

/** Server settings, read once from the environment by {@link loadConfig}. */
export interface Config {
  /** TCP port to listen on (PORT, default 3000). */
  readonly port: number;
  /** Address to bind (BLOCKADE_HOST, default 127.0.0.1). */
  readonly host: string;
  /** PostgreSQL URL (DATABASE_URL); absent means embedded PGlite in {@link Config.dataDir}. */
  readonly databaseUrl: string | undefined;
  /** PGlite data directory (BLOCKADE_DATA_DIR, default ./data). */
  readonly dataDir: string;
  /** Seed the fictional demo clinics on an empty database (BLOCKADE_DEMO, default on). */
  readonly demo: boolean;
  /** Secret for signing session tokens (BLOCKADE_SESSION_SECRET); generated per data directory when absent. */
  readonly sessionSecret: string | undefined;
  /** Session lifetime in minutes (BLOCKADE_SESSION_MINUTES, default 480). */
  readonly sessionMinutes: number;
  /** Log level (BLOCKADE_LOG_LEVEL, default info). */
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Accept unsigned CDS Hooks calls (BLOCKADE_CDS_ALLOW_UNSIGNED, default off; development only). */
  readonly cdsAllowUnsigned: boolean;
}

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off'], {
    error: 'must be one of 0, 1, true, false, yes, no, on, off',
  })
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const schema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
  BLOCKADE_HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  BLOCKADE_DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  BLOCKADE_DEMO: flag.default(true),
  BLOCKADE_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  BLOCKADE_SESSION_MINUTES: z.coerce
    .number({ error: 'must be a number of minutes' })
    .int('must be a whole number of minutes')
    .min(5, 'must be between 5 and 10080 minutes')
    .max(10080, 'must be between 5 and 10080 minutes')
    .default(480),
  BLOCKADE_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  BLOCKADE_CDS_ALLOW_UNSIGNED: flag.default(false),
});

/** Thrown by {@link loadConfig}; its message lists every invalid setting, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the server settings from environment variables (prefix `BLOCKADE_`, plus `PORT`
 * and `DATABASE_URL`). Empty strings count as unset.
 *
 * @param env - The environment, usually `process.env`.
 * @returns The parsed settings.
 * @throws ConfigError listing every invalid setting at once.
 * @example
 * loadConfig({ PORT: '8080' }).port //=> 8080
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const unknown = Object.keys(present).filter(
    (key) => key.startsWith('BLOCKADE_') && !(key in schema.shape),
  );
  const parsed = schema.safeParse(present);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => {
          const key = String(issue.path[0]);
          return `${key}=${JSON.stringify(present[key])}: ${issue.message}`;
        })),
    ...unknown.map(
      (key) => `${key}: unknown setting (known: ${Object.keys(schema.shape).join(', ')})`,
    ),
  ];
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(problems);
  }
  const v = parsed.data;
  return {
    port: v.PORT,
    host: v.BLOCKADE_HOST,
    databaseUrl: v.DATABASE_URL,
    dataDir: v.BLOCKADE_DATA_DIR,
    demo: v.BLOCKADE_DEMO,
    sessionSecret: v.BLOCKADE_SESSION_SECRET,
    sessionMinutes: v.BLOCKADE_SESSION_MINUTES,
    logLevel: v.BLOCKADE_LOG_LEVEL,
    cdsAllowUnsigned: v.BLOCKADE_CDS_ALLOW_UNSIGNED,
  };
}
