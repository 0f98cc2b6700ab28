import fs from 'node:fs';
import { builtClientIndex, testBrowserPath } from './paths.ts';

/**
 * Fails fast, with the fix in the message, instead of 60 s timeouts in every test. The
 * browser is the system's Chromium: tests never download one.
 */
export default function setup(): void {
  if (!fs.existsSync(testBrowserPath)) {
    throw new Error(
      `Chromium not found at ${testBrowserPath} (or $CHROMIUM_PATH): install it with \`apt-get install -y chromium\``,
    );
  }
  if (!fs.existsSync(builtClientIndex)) {
    throw new Error(
      `The storefront is not built (${builtClientIndex} is missing): run npm run build`,
    );
  }
}
