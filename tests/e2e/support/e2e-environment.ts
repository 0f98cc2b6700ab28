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

  afterEach(() => {
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
