import { readFile } from 'node:fs/promises';
import type { Result } from '@blockade/pharm';

/**
 * Reads a whole file, or standard input when `file` is `-`, as UTF-8 text.
 *
 * @param file - A path, or `-` for stdin.
 * @param stdin - The stream read for `-` (tests pass their own).
 * @returns The text, or an issue naming the file and the system's reason.
 * @example
 * await readInputText('regimen.json') //=> { ok: true, value: '{"doses": …}' }
 */
export async function readInputText(
  file: string,
  stdin: AsyncIterable<Buffer | string> = process.stdin,
): Promise<Result<string>> {
  try {
    if (file === '-') {
      const chunks: string[] = [];
      for await (const chunk of stdin) {
        chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      }
      return { ok: true, value: chunks.join('') };
    }
    return { ok: true, value: await readFile(file, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      ok: false,
      issues: [
        {
          code: 'missing',
          path: ['input'],
          message: `--input ${JSON.stringify(file)} cannot be read (${reason}); allowed: a readable file, or - for stdin`,
        },
      ],
    };
  }
}
