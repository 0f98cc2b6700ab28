import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const builtClientIndex = fileURLToPath(
  new URL('../../../client/dist/index.html', import.meta.url),
);
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
