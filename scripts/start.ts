// `npm start`: build the storefront (the browser's and the server's render of its public
// pages, decision 0051) if its sources changed since the last build, then run the server,
// which migrates and (in demo mode) seeds on an empty database.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const builtIndex = path.join(root, 'client/dist/index.html');
const builtRenderer = path.join(root, 'client/dist-server/entry-server.js');
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

/** As `npm run build`: the browser's files, then the server's render (`--ssr`). */
function build(extraArguments: string[]): void {
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'client/vite.config.ts',
      '--logLevel',
      'warn',
      ...extraArguments,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const builtAt = Math.min(
  ...[builtIndex, builtRenderer].map((file) =>
    fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0,
  ),
);
if (sources.some((source) => newestChange(source) > builtAt)) {
  console.log('Building the storefront (client/dist, client/dist-server)…');
  build([]);
  build(['--ssr', 'src/entry-server.tsx']);
}

await import('../server/src/main.ts');
