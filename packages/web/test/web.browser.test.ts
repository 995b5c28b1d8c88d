// Browser tests: Debian's Chromium (playwright-core) against the real server with the demo clinic.
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

async function newPage(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  return context.newPage();
}

async function login(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The occupancy chart's line paths: changes when the curve changes. */
const occupancyPaths = (page: Page): Promise<string> =>
  page
    .locator('[data-chart$="μ-opioid receptor occupancy"] svg[viewBox] path')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '').join('|'));

describe('web app in Chromium against the real server', () => {
  test('the sign-in page is interactive quickly on loopback', async () => {
    const page = await newPage(1280, 800);
    const t0 = Date.now();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill('x@example.org');
    const ms = Date.now() - t0;
    console.log(`first page interactive after ${ms} ms (target < 1000 ms on loopback)`);
    // Looser than the 1 s target because the 2-core test machine runs other suites in parallel.
    expect(ms).toBeLessThan(3000);
    await screenshot(page, '01-login');
    await page.context().close();
  }, 120_000);

  test('a clinician opens the overdue depot patient, records an injection and the occupancy chart changes', async () => {
    const page = await newPage(1280, 900);
    await login(page, 'clinician@harbour.example');
    const table = page.getByTestId('coverage-table');
    await table.waitFor();
    const firstRow = table.locator('tbody tr').first();
    await expect.poll(() => firstRow.textContent()).toContain('Depot injection overdue');
    await screenshot(page, '02-clinician-dashboard');
    await firstRow.getByRole('link').click();
    await page.getByTestId('mu-now').waitFor();
    await page.locator('[data-chart$="μ-opioid receptor occupancy"] svg[viewBox]').waitFor();
    const muBefore = Number(
      /now (\d+)%/.exec((await page.getByTestId('mu-now').textContent()) ?? '')?.[1],
    );
    const fallBefore = await page.getByTestId('mu-fall').textContent();
    const pathsBefore = await occupancyPaths(page);
    expect(muBefore).toBeLessThan(75);
    await screenshot(page, '03-clinician-patient-before');
    await expect.poll(() => page.getByLabel('Form').inputValue()).toBe('xr-injection');
    await page.getByLabel('Injection site').selectOption('right-gluteal');
    await page.getByLabel('Lot').fill('TEST-1');
    await page.getByRole('button', { name: 'Record injection' }).click();
    await page.getByText('Injection saved.').waitFor();
    // The injection was just given: occupancy now barely moves, the projection does.
    await expect.poll(() => page.getByTestId('mu-fall').textContent()).not.toBe(fallBefore);
    await expect.poll(() => occupancyPaths(page)).not.toBe(pathsBefore);
    await expect
      .poll(() => page.getByTestId('dose-timeline').locator('tbody tr').first().textContent())
      .toContain('right gluteal');
    await screenshot(page, '04-clinician-patient-after-injection');
    await page.context().close();
  }, 120_000);

  test('a patient logs a diary entry on a 360×740 phone', async () => {
    const page = await newPage(360, 740);
    await login(page, 'ada@harbour.example');
    await page.getByRole('heading', { name: /How protected am I now/ }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(360);
    await page.getByLabel('Standard drinks').fill('3');
    await page.getByLabel(/Craving today/).fill('4');
    await page.getByRole('button', { name: 'Save diary' }).click();
    await page.getByText(/Diary saved for/).waitFor();
    await screenshot(page, '05-patient-today');
    const stored = await page.evaluate(async () => {
      const me = (await (await fetch('/api/me')).json()) as { patientId: string };
      const diary = (await (await fetch(`/api/patients/${me.patientId}/diary`)).json()) as {
        standardDrinks: number;
      }[];
      const cravings = (await (await fetch(`/api/patients/${me.patientId}/cravings`)).json()) as {
        score: number;
      }[];
      return { drinks: diary.at(-1)?.standardDrinks, craving: cravings.at(-1)?.score };
    });
    expect(stored).toEqual({ drinks: 3, craving: 4 });
    await page.goto(`${server.url}/me/protection`);
    await page.getByTestId('protection-summary').waitFor();
    await expect
      .poll(() => page.getByTestId('protection-summary').textContent())
      .toContain('likely range');
    await page.locator('[data-chart$="μ-opioid receptor occupancy"] svg[viewBox]').waitFor();
    await screenshot(page, '06-patient-protection');
    await page.goto(`${server.url}/learn`);
    await page.getByRole('heading', { name: 'Questions about naltrexone' }).waitFor();
    await screenshot(page, '07-patient-learn');
    await page.context().close();
  }, 120_000);

  test('Sinclair mode says whether the dose was early enough', async () => {
    const page = await newPage(360, 740);
    await login(page, 'elin@harbour.example');
    await page.getByRole('heading', { name: /How protected am I now/ }).waitFor();
    await page.goto(`${server.url}/me/sinclair`);
    await page.getByLabel('Tablet taken at').fill('18:00');
    await page.getByLabel('First drink at').fill('19:30');
    await expect
      .poll(() => page.getByTestId('sinclair-verdict').textContent())
      .toContain('Early enough');
    await page.getByLabel('First drink at').fill('18:05');
    await expect
      .poll(() => page.getByTestId('sinclair-verdict').textContent())
      .toContain('not early enough');
    await screenshot(page, '08-patient-sinclair');
    await page.context().close();
  }, 120_000);

  test('the planner updates when the dose changes', async () => {
    const page = await newPage(1280, 900);
    await page.goto(`${server.url}/planner`);
    const live = page.getByTestId('planner-live');
    await expect.poll(() => live.textContent()).toContain('Regimen A');
    await page.locator('[data-chart$="μ-opioid receptor occupancy"] svg[viewBox]').waitFor();
    const before = await live.textContent();
    const pathsBefore = await occupancyPaths(page);
    await screenshot(page, '09-planner');
    await page.getByLabel('Dose (mg)').first().fill('100');
    await expect.poll(() => live.textContent()).not.toBe(before);
    await expect.poll(() => occupancyPaths(page)).not.toBe(pathsBefore);
    await page.getByLabel('Dose (mg)').first().fill('-5');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Regimen A');
    await page.context().close();
  }, 120_000);

  test('knowledge search shows evidence levels and sources', async () => {
    const page = await newPage(1280, 900);
    await page.goto(`${server.url}/knowledge`);
    await page.getByLabel('Search').fill('naloxone');
    const first = page.locator('main li.card').first();
    await expect.poll(() => first.textContent()).toContain('Evidence:');
    await first.getByRole('link').click();
    await page.getByRole('region', { name: 'Sources' }).waitFor();
    await screenshot(page, '10-knowledge-entry');
    await page.context().close();
  });
});
