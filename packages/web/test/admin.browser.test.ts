// Browser test for the admin pages: Debian's Chromium (playwright-core) against the real server with
// the demo clinic. A clinician's work shows up in the admin's audit log; the admin manages users.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from './harness';
import { ensureWebBuilt, launchBrowser, screenshot, startServer } from './harness';

const password = 'blockade-demo-2026';
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 30_000);

async function signedIn(email: string, width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

describe('admin pages in Chromium against the real server', () => {
  test("an admin sees the clinic's users and the clinician's recent actions in the audit log", async () => {
    // The clinician opens the top patient of the risk list: that read is audited.
    const clinician = await signedIn('clinician@harbour.example');
    const firstRow = clinician.getByTestId('coverage-table').locator('tbody tr').first();
    await firstRow.waitFor();
    const patientName = (await firstRow.getByRole('link').textContent()) ?? '';
    expect(patientName).not.toBe('');
    await firstRow.getByRole('link').click();
    await clinician.getByTestId('mu-now').waitFor();
    await clinician.context().close();

    const page = await signedIn('admin@harbour.example');
    await page.waitForURL(/\/admin$/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Audit log' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Dashboard' }).count()).toBe(0);
    const users = page.getByTestId('users-table');
    await expect.poll(() => users.textContent()).toContain('clinician@harbour.example');
    expect(await users.textContent()).toContain('Dr Rowan Ashby');
    await screenshot(page, '11-admin-users');

    await nav.getByRole('link', { name: 'Audit log' }).click();
    const audit = page.getByTestId('audit-table');
    await audit.waitFor();
    const clinicianRows = audit.locator('tbody tr', { hasText: 'Dr Rowan Ashby' });
    await expect.poll(() => clinicianRows.count()).toBeGreaterThan(0);
    const read = audit.locator('tbody tr', { hasText: 'patient.read' }).filter({
      hasText: 'Dr Rowan Ashby',
    });
    await expect.poll(() => read.first().textContent()).toContain(patientName);
    expect(await read.first().textContent()).toContain('success');
    // Filter to one action: every row left carries it.
    await page.getByLabel('Action', { exact: true }).selectOption('auth.login');
    await expect
      .poll(() =>
        audit
          .locator('tbody tr td:nth-child(4)')
          .evaluateAll((cells) => [...new Set(cells.map((c) => c.textContent))]),
      )
      .toEqual(['auth.login']);
    // A date range in the future leaves nothing.
    await page.getByLabel('From', { exact: true }).fill('2099-01-01');
    await expect.poll(() => audit.locator('tbody tr').count()).toBe(0);
    await page.getByLabel('From', { exact: true }).fill('');
    await page.getByLabel('Action', { exact: true }).selectOption('');
    await expect.poll(() => clinicianRows.count()).toBeGreaterThan(0);
    await screenshot(page, '12-admin-audit');
    // The FHIR download link answers a Bundle of AuditEvent.
    const href = await page
      .getByRole('link', { name: 'Download as FHIR AuditEvent bundle' })
      .getAttribute('href');
    expect(href).toContain('format=fhir');
    const bundle = await page.evaluate(async (url) => {
      const b = (await (await fetch(url)).json()) as {
        resourceType: string;
        entry?: { resource: { resourceType: string } }[];
      };
      return { type: b.resourceType, first: b.entry?.[0]?.resource.resourceType };
    }, href ?? '');
    expect(bundle).toEqual({ type: 'Bundle', first: 'AuditEvent' });

    // An admin who opens the clinician dashboard gets a clear message, not an error or a blank page.
    await page.goto(`${server.url}/clinic`);
    await page.getByRole('heading', { name: 'Not available for your account' }).waitFor();
    // The CDS feedback summary answers (the demo has no card feedback yet).
    await page.goto(`${server.url}/admin/cds`);
    await page.getByText('No feedback on cards in this period.').waitFor();
    await page.context().close();
    // A patient who opens an admin page gets the same clear message.
    const patient = await signedIn('ada@harbour.example', 360, 740);
    await patient.waitForURL(/\/me$/);
    await patient.goto(`${server.url}/admin/audit`);
    await patient.getByRole('heading', { name: 'Not available for your account' }).waitFor();
    expect(await patient.getByRole('alert').textContent()).toContain('clinic administrators');
    await patient.context().close();
  }, 180_000);

  test('an admin adds a clinician and deactivates them; the page fits a 360 px phone', async () => {
    const page = await signedIn('admin@harbour.example', 360, 740);
    const users = page.getByTestId('users-table');
    await users.waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Dr Test Locum');
    await page.getByLabel('Email', { exact: true }).fill('locum@harbour.example');
    await page.getByLabel('Role', { exact: true }).selectOption('clinician');
    await page.getByLabel('Initial password').fill('a long enough password');
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByText('Dr Test Locum (clinician) can now sign in').waitFor();
    const row = users.locator('tbody tr', { hasText: 'locum@harbour.example' });
    await expect.poll(() => row.textContent()).toContain('Active');
    await row.getByRole('button', { name: 'Deactivate Dr Test Locum' }).click();
    await expect.poll(() => row.textContent()).toContain('Deactivated');
    // A patient login must be linked to a patient record.
    await page.getByLabel('Role', { exact: true }).selectOption('patient');
    await page.getByLabel('Patient record').waitFor();
    await screenshot(page, '13-admin-users-phone');
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > 361)
        .slice(0, 8)
        .map(
          (el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`,
        ),
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow, wide.join('\n')).toBeLessThanOrEqual(360);
    await page.context().close();
    // The deactivated clinician cannot sign in.
    const status = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'locum@harbour.example', password: 'a long enough password' }),
    }).then((r) => r.status);
    expect(status).toBe(401);
  }, 120_000);
});
