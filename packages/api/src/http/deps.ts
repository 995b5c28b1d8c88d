import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { LoginThrottle } from '../auth/throttle';
import type { TokenService } from '../auth/tokens';
import type { Repository } from '@blockade/store';

/** Everything route handlers use; built once by `createApp`. */
export interface ApiDeps {
  readonly store: Repository;
  readonly clock: () => Date;
  readonly tokens: TokenService;
  readonly throttle: LoginThrottle;
  readonly logger: Logger;
  /** Mark the session cookie `Secure` (on when served over HTTPS). */
  readonly secureCookies: boolean;
  /** The client's address, for login throttling. */
  readonly clientAddress: (c: Context) => string;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** Route pattern (never the concrete path: it may contain ids), for logs. */
    route: string;
    /** Signed-in user id, for logs. */
    userId: string | undefined;
  }
}
