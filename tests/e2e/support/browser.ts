import { type Browser, chromium } from 'playwright-core';
import { testBrowserPath } from './paths.ts';

/** Debian's Chromium or its headless shell (paths.ts); flags keep it from phoning home or touching the GPU. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: testBrowserPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
