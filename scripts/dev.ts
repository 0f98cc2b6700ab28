// `npm run dev`: the API server restarting on change (port 3000) and Vite's dev server with hot
// reload (port 5173, proxying /api and /files to the API). Open http://localhost:5173.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const children: ChildProcess[] = [
  spawn(
    process.execPath,
    ['--watch-path=server/src', '--watch-path=shared/src', 'server/src/main.ts'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173' },
    },
  ),
  spawn(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), '--config', 'client/vite.config.ts'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  ),
];

function stopAll() {
  for (const child of children) child.kill('SIGTERM');
}
for (const child of children) child.on('exit', stopAll);
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
