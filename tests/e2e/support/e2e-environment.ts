import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser.ts';
import { type TestServer, startTestServer } from './test-server.ts';

export type E2eEnvironment = {
  readonly baseUrl: string;
  readonly databaseUrl: string;
  /** A fresh context (own cookies and storage) with a page, closed after the file. */
  newPage: (options?: {
    viewport?: { width: number; height: number };
    /** A browser of another kind, e.g. a phone's, for what the server reads from it. */
    userAgent?: string;
    /** Device pixels per CSS pixel (1 unless told): a phone's screen is 2–3. */
    deviceScaleFactor?: number;
  }) => Promise<Page>;
};

/**
 * One server and one browser per test file; contexts are cheap, so tests get their own.
 * `env` is read when the server starts (after the file's earlier beforeAll hooks), e.g. to
 * point it at a Stripe stand-in started there.
 */
export function useE2eEnvironment(
  options: { env?: () => Record<string, string> } = {},
): E2eEnvironment {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  // Uncaught exceptions and console errors (a CSP violation shows up as one) fail the test.
  let browserErrors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer(options.env?.() ?? {}),
      launchBrowser(),
    ]);
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await showFailedPages(task.name, contexts);
    const errors = browserErrors;
    browserErrors = [];
    expect(errors, 'errors in the browser console').toEqual([]);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.stop();
  });

  return {
    get baseUrl() {
      if (!server) throw new Error('the e2e server is not started yet (use it inside a test)');
      return server.baseUrl;
    },
    get databaseUrl() {
      if (!server) throw new Error('the e2e server is not started yet (use it inside a test)');
      return server.databaseUrl;
    },
    async newPage(options = {}) {
      if (!browser || !server) throw new Error('the e2e environment is not started yet');
      const context = await browser.newContext({
        baseURL: server.baseUrl,
        locale: 'sv-SE',
        viewport: options.viewport ?? { width: 1280, height: 900 },
        ...(options.userAgent ? { userAgent: options.userAgent } : {}),
        ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => browserErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        // Chromium logs every 4xx fetch; tests that expect a refusal (a 409, a 404) make one.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          browserErrors.push(`${page.url()}: ${message.text()}`);
      });
      return page;
    },
  };
}

/**
 * What each open page showed when a test failed: its address and alerts in the log (all a CI
 * run keeps), and a screenshot in E2E_FAILURES (the temp folder unless told).
 */
async function showFailedPages(testName: string, contexts: readonly BrowserContext[]) {
  const folder = process.env.E2E_FAILURES ?? path.join(os.tmpdir(), 'e-galleria-e2e-failures');
  fs.mkdirSync(folder, { recursive: true });
  const pages = contexts.flatMap((context) => context.pages());
  for (const [index, page] of pages.entries()) {
    const file = path.join(
      folder,
      `${testName.replace(/\W+/g, '-').slice(0, 60)}-${String(index)}.png`,
    );
    const alerts = await page
      .locator('[role="alert"], [role="status"]')
      .allInnerTexts()
      .catch(() => []);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(
      `failed page ${String(index)}: ${page.url()}\n  shows: ${JSON.stringify(alerts)}\n  screenshot: ${file}`,
    );
  }
}
