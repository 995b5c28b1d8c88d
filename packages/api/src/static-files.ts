import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { Context } from 'hono';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** The built web app (packages/web/dist), resolved from this file's location. */
export const defaultWebRoot = resolve(import.meta.dirname, '../../web/dist');

/**
 * Serves the single-page web app: a file when it exists under `webRoot`, else `index.html`
 * (client-side routes). Paths that escape `webRoot` are refused.
 *
 * @param webRoot - Directory with the built app.
 * @returns A Hono handler.
 */
export function webAppHandler(webRoot: string): (c: Context) => Promise<Response> {
  return async (c) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text('Bad request: malformed path.', 400);
    }
    const requested = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
    const candidate = join(webRoot, requested);
    const inside = candidate.startsWith(webRoot);
    const file =
      inside && extname(candidate) !== '' && existsSync(candidate)
        ? candidate
        : join(webRoot, 'index.html');
    if (!existsSync(file)) {
      return c.text(
        'The web app is not built. Run `npm run build:web` (npm start does it for you).',
        503,
      );
    }
    const body = await readFile(file);
    const immutable = file.includes(`${join(webRoot, 'assets')}`);
    return c.body(body, 200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
}
