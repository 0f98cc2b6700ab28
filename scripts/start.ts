// `npm start`: build the storefront if its sources changed since the last build, then run the
// server, which migrates and (in demo mode) seeds on an empty database.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const builtIndex = path.join(root, 'client/dist/index.html');
const sources = [
  'client/src',
  'client/index.html',
  'client/vite.config.ts',
  'client/public',
  'shared/src',
];

function newestChange(entry: string): number {
  const absolute = path.join(root, entry);
  if (!fs.existsSync(absolute)) return 0;
  const stat = fs.statSync(absolute);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .reduce(
      (newest, dirent) =>
        Math.max(newest, fs.statSync(path.join(dirent.parentPath, dirent.name)).mtimeMs),
      0,
    );
}

const builtAt = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
if (sources.some((source) => newestChange(source) > builtAt)) {
  console.log('Building the storefront (client/dist)…');
  const build = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'client/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await import('../server/src/main.ts');
