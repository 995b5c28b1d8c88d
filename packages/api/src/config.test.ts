import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  test('defaults: port 3000, embedded PGlite in ./data, demo on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: './data',
      demo: true,
      databaseUrl: undefined,
    });
  });

  test('reads PORT, DATABASE_URL and BLOCKADE_ settings', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
      BLOCKADE_DEMO: '0',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u@127.0.0.1:5432/db',
      demo: false,
    });
  });

  test('one error lists every invalid setting with its value and what is allowed', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        BLOCKADE_DEMO: 'maybe',
        BLOCKADE_COLOUR: 'blue',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/PORT="eighty": must be a whole number/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL="mysql:\/\/x": must be a postgres/);
    expect(problems.join('\n')).toMatch(/BLOCKADE_DEMO="maybe": must be one of 0, 1/);
    expect(problems.join('\n')).toMatch(/BLOCKADE_COLOUR: unknown setting/);
  });

  test('a port out of range is refused', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(
      /PORT="70000": must be between 1 and 65535/,
    );
  });
});
