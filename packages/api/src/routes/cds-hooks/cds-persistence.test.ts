// CDS Hooks state lives in the store (migration 0002): accepted JWT ids survive a server restart,
// issuers and feedback are table rows, and the admin summary is computed from the feedback table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Repository } from '@blockade/store';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../app';
import { TokenService } from '../../auth/tokens';
import { makeTestEhr, signEhrJwt, type TestEhr } from '../../cds-auth/test-keys';
import { cardUuid } from './card-ids';
import { cdsHooksMount } from './mount';
import { sampleCdsRequest } from './sample-request';

const now = new Date('2026-03-01T08:00:00Z');
const secret = 'test-secret-test-secret-test-secret-0123';
const signUrl = 'http://localhost/cds-services/blockade-order-sign';
const dirs: string[] = [];
let dataDir: string;
let ehr: TestEhr;

const start = async (): Promise<{ app: OpenAPIHono; store: Repository }> => {
  const store = await openStore({ dataDir });
  const webRoot = mkdtempSync(join(tmpdir(), 'blockade-web-'));
  dirs.push(webRoot);
  const app = createApp({
    store,
    clock: () => now,
    webRoot,
    sessionSecret: secret,
    mounts: [cdsHooksMount()],
  });
  return { app, store };
};
const post = (app: OpenAPIHono, url: string, body: unknown, token: string) =>
  app.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'blockade-cds-'));
  dirs.push(dataDir);
  ehr = await makeTestEhr('https://restart-ehr.example.org');
});
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('CDS Hooks state in the store', () => {
  test(
    'a jti accepted before a server restart is refused after it; feedback summary comes from the table',
    { timeout: 120_000 },
    async () => {
      const first = await start();
      const clinic = await first.store.createClinic({ name: 'Restart', timeZone: 'UTC' });
      const admin = await first.store.createUser({
        clinicId: clinic.id,
        email: 'admin@restart.test',
        displayName: 'Admin',
        role: 'admin',
        passwordHash: 'x',
      });
      expect(
        await first.store.registerCdsIssuer({
          clinicId: clinic.id,
          iss: ehr.iss,
          jwks: { keys: [ehr.publicJwk as Record<string, unknown>] },
        }),
      ).toBe('created');
      expect(await first.store.getSetting(`cds-issuer:${ehr.iss}`)).toBeUndefined();
      const token = await signEhrJwt(ehr, now, { aud: signUrl });
      expect((await post(first.app, signUrl, sampleCdsRequest(now), token)).status).toBe(200);
      const feedbackToken = await signEhrJwt(ehr, now, { aud: `${signUrl}/feedback` });
      const card = cardUuid('liver-tests-due');
      const feedback = {
        feedback: [
          {
            card,
            outcome: 'overridden',
            overrideReason: {
              reason: { code: 'done-elsewhere', display: 'Done at another lab' },
              userComment: 'free text',
            },
            outcomeTimestamp: '2026-03-01T07:00:00Z',
          },
          { card, outcome: 'accepted', outcomeTimestamp: '2026-03-01T07:30:00Z' },
          { card, outcome: 'accepted', outcomeTimestamp: '2026-03-01T07:40:00Z' },
        ],
      };
      expect((await post(first.app, `${signUrl}/feedback`, feedback, feedbackToken)).status).toBe(
        200,
      );
      expect(
        (await first.store.listAuditEvents(clinic.id)).filter((e) =>
          e.action.startsWith('cds.feedback.'),
        ),
      ).toEqual([]);
      await first.store.close();

      const second = await start();
      try {
        expect((await post(second.app, signUrl, sampleCdsRequest(now), token)).status).toBe(401);
        const fresh = await signEhrJwt(ehr, now, { aud: signUrl });
        expect((await post(second.app, signUrl, sampleCdsRequest(now), fresh)).status).toBe(200);
        // Rows written straight to the table show up in the summary: it reads the table.
        await second.store.addCdsFeedback([
          {
            clinicId: clinic.id,
            serviceId: 'blockade-order-sign',
            cardUuid: cardUuid('naloxone-rescue-kit'),
            topicCode: 'naloxone-rescue-kit',
            outcome: 'overridden',
            outcomeAt: '2026-02-27T10:00:00Z',
            receivedAt: '2026-02-27T10:00:01Z',
          },
        ]);
        const tokens = new TokenService(secret, second.store, 480, () => now);
        const summary = await second.app.request('/api/cds/feedback-summary?days=30', {
          headers: { authorization: `Bearer ${(await tokens.issue(admin)).token}` },
        });
        expect(summary.status).toBe(200);
        const { topics } = (await summary.json()) as { topics: unknown[] };
        expect(topics).toEqual([
          {
            topic: 'naloxone-rescue-kit',
            accepted: 0,
            overridden: 1,
            overrideRate: 1,
            reasons: { unspecified: 1 },
          },
          {
            topic: 'liver-tests-due',
            accepted: 2,
            overridden: 1,
            overrideRate: 1 / 3,
            reasons: { 'done-elsewhere': 1 },
          },
        ]);
      } finally {
        await second.store.close();
      }
    },
  );
});
