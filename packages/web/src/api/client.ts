// The one place the web app talks HTTP. Every call goes through `request`, which sends the session
// cookie (and the bearer token when we hold one) and turns OperationOutcome errors into ApiError.

/** An HTTP error with the server's messages (from an OperationOutcome when present). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: readonly string[],
  ) {
    super(messages.join('; ') || `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

let bearer: string | undefined;

/**
 * Remembers the session token in memory (the HttpOnly cookie is the main carrier).
 *
 * @param token - The token from POST /api/auth/login, or undefined to forget it.
 */
export function setToken(token: string | undefined): void {
  bearer = token;
}

interface OutcomeLike {
  resourceType?: string;
  issue?: { diagnostics?: string; details?: { text?: string }; expression?: string[] }[];
  error?: string;
  message?: string;
}

function messagesFrom(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) {
    return [];
  }
  const outcome = body as OutcomeLike;
  if (Array.isArray(outcome.issue)) {
    return outcome.issue.map((i) => {
      const where = i.expression?.join(', ');
      const text = i.diagnostics ?? i.details?.text ?? 'invalid';
      return where ? `${where}: ${text}` : text;
    });
  }
  const text = outcome.message ?? outcome.error;
  return text ? [text] : [];
}

/**
 * Sends one JSON request to the Blockade server.
 *
 * @param method - HTTP method.
 * @param path - Path starting with /api.
 * @param body - JSON body for POST/PUT/PATCH.
 * @returns The parsed JSON response (undefined for 204).
 * @throws ApiError when the server answers with a non-2xx status.
 */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (bearer) {
    headers.authorization = `Bearer ${bearer}`;
  }
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!response.ok) {
    throw new ApiError(response.status, messagesFrom(parsed));
  }
  return parsed as T;
}

/** GET helper. */
export const get = <T>(path: string): Promise<T> => request<T>('GET', path);
/** POST helper. */
export const post = <T>(path: string, body: unknown): Promise<T> => request<T>('POST', path, body);
