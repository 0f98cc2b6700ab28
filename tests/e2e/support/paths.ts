import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

/**
 * Where the app servers the tests start keep V8's compiled code (`NODE_COMPILE_CACHE`): each
 * of the 34 browser-test files starts its own, and loading the server's modules from the cache
 * takes a start from about 2.1 s to 1.6 s (decision 0059). Node keys every entry by the
 * file's contents, so a changed file is compiled again, never run stale.
 */
export const testCompileCache = path.join(os.tmpdir(), 'e-galleria-node-compile-cache');
