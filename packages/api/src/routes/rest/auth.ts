import { z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { verifyPassword } from '../../auth/password';
import { LoginBody } from '../../data/schemas';
import { defineEndpoint, type Endpoint } from '../../http/endpoint';
import { HttpError, outcome, unauthorized } from '../../http/outcome';
import { sessionCookie, verifiedClaims } from '../../http/session';

const LoginResponse = z
  .object({ token: z.string(), expiresAt: z.string(), role: z.string(), userId: z.string() })
  .openapi('LoginResponse');

const Me = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(['admin', 'clinician', 'patient']),
    clinicId: z.string(),
    patientId: z.string().optional(),
  })
  .openapi('Me');

/** Login, logout and the current user. */
export const authEndpoints: readonly Endpoint[] = [
  defineEndpoint({
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in; returns a bearer token and sets an HttpOnly, SameSite=Strict session cookie',
    tags: ['auth'],
    access: { kind: 'public' },
    body: LoginBody,
    success: { status: 200, schema: LoginResponse, description: 'Signed in' },
    sample: { body: { email: 'nobody@example.org', password: 'wrong password' } },
    handler: async ({ c, deps, body }) => {
      const address = deps.clientAddress(c);
      const wait = deps.throttle.retryAfterSeconds(body.email, address);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        throw new HttpError(
          429,
          outcome('throttled', `Too many failed logins; try again in ${wait} s.`),
        );
      }
      const user = await deps.store.findUserByEmail(body.email);
      const passwordOk = await verifyPassword(user?.passwordHash, body.password);
      const at = deps.clock().toISOString();
      if (user === undefined || !passwordOk || !user.active) {
        deps.throttle.fail(body.email, address);
        if (user !== undefined) {
          await deps.store.appendAuditEvent({
            clinicId: user.clinicId,
            at,
            actorUserId: user.id,
            actorRole: 'anonymous',
            action: 'auth.login',
            outcome: 'denied',
          });
        }
        throw new HttpError(401, outcome('login', 'Email or password is wrong.'));
      }
      deps.throttle.succeed(body.email);
      const { token, expiresAt } = await deps.tokens.issue(user);
      setCookie(c, sessionCookie, token, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: deps.secureCookies,
        path: '/',
        expires: expiresAt,
      });
      await deps.store.appendAuditEvent({
        clinicId: user.clinicId,
        at,
        actorUserId: user.id,
        actorRole: user.role,
        action: 'auth.login',
        outcome: 'success',
      });
      return {
        status: 200,
        body: { token, expiresAt: expiresAt.toISOString(), role: user.role, userId: user.id },
      };
    },
  }),
  defineEndpoint({
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Sign out: revokes the token and clears the cookie',
    tags: ['auth'],
    access: { kind: 'signed-in' },
    success: { status: 204, description: 'Signed out' },
    handler: async ({ c, deps }) => {
      const claims = await verifiedClaims(c, deps);
      if (claims === undefined) {
        throw unauthorized();
      }
      await deps.tokens.revoke(claims);
      deleteCookie(c, sessionCookie, { path: '/' });
      return c.body(null, 204);
    },
  }),
  defineEndpoint({
    method: 'get',
    path: '/api/me',
    summary: 'The signed-in user',
    tags: ['auth'],
    access: { kind: 'signed-in' },
    success: { status: 200, schema: Me, description: 'The user' },
    handler: async ({ deps, principal }) => {
      const user =
        principal === undefined ? undefined : await deps.store.findUserById(principal.userId);
      if (user === undefined) {
        throw unauthorized();
      }
      return {
        status: 200,
        body: {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          role: user.role,
          clinicId: user.clinicId,
          ...(user.patientId === undefined ? {} : { patientId: user.patientId }),
        },
      };
    },
  }),
];
