import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const builtClientIndex = fileURLToPath(
  new URL('../../../client/dist/index.html', import.meta.url),
);

/** Debian's Chromium: what the benchmarks measure pages in (LCP, Lighthouse). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const headlessShellPath = '/usr/bin/chromium-headless-shell';

/**
 * What the browser tests drive: Debian's `chromium-headless-shell` (the same Chromium build,
 * without the windowing half of the browser) when it is installed, else Chromium itself.
 * The shell takes about a third less CPU per test on 2 cores (decision 0056); a machine with
 * only Chromium still runs every test. `CHROMIUM_PATH` chooses for both.
 */
export const testBrowserPath =
  process.env.CHROMIUM_PATH ??
  (fs.existsSync(headlessShellPath) ? headlessShellPath : '/usr/bin/chromium');
