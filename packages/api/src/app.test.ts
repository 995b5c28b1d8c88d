import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createApp } from './app';

const webRoot = mkdtempSync(join(tmpdir(), 'blockade-web-'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Blockade</title>');
const app = createApp({ clock: () => new Date('2026-03-01T08:00:00Z'), webRoot });

describe('createApp', () => {
  test('GET /healthz answers ok with the server time', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', time: '2026-03-01T08:00:00.000Z' });
  });

  test('serves the web app for client-side routes, with secure headers', async () => {
    const res = await app.request('/patients/123');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Blockade</title>');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('does not serve files outside the web root', async () => {
    const res = await app.request('/..%2f..%2fetc/passwd');
    expect(await res.text()).not.toContain('root:');
  });
});
