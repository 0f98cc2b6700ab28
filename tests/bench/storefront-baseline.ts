import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Another commit of this repository, checked out beside it and built, so the benchmark can
 * serve the storefront as it was. It borrows this checkout's installed packages, except
 * our own workspaces, which must be that commit's.
 */
export function checkOutBaseline(
  repositoryRoot: string,
  ref: string,
  options: { buildClient?: boolean } = {},
): {
  root: string;
  remove: () => void;
} {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-baseline-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  git('worktree', 'add', '--detach', '--force', root, ref);
  const remove = () => {
    git('worktree', 'remove', '--force', root);
  };
  try {
    borrowPackages(path.join(repositoryRoot, 'node_modules'), path.join(root, 'node_modules'));
    const ownWorkspaces = path.join(root, 'node_modules', '@e-galleria');
    fs.mkdirSync(ownWorkspaces);
    for (const workspace of ['shared', 'server', 'client'])
      fs.symlinkSync(path.join(root, workspace), path.join(ownWorkspaces, workspace));
    const serverPackages = path.join(repositoryRoot, 'server', 'node_modules');
    if (fs.existsSync(serverPackages))
      fs.symlinkSync(serverPackages, path.join(root, 'server', 'node_modules'));
    const build = (...extra: string[]) =>
      execFileSync(
        process.execPath,
        [
          path.join(repositoryRoot, 'node_modules/vite/bin/vite.js'),
          'build',
          '--config',
          'client/vite.config.ts',
          ...extra,
        ],
        { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
      );
    // A benchmark of the API alone (bench:images) needs no client.
    if (options.buildClient === false) return { root, remove };
    build();
    // A commit with pages rendered on the server (decision 0051) builds that bundle too.
    if (fs.existsSync(path.join(root, 'client/src/entry-server.tsx')))
      build('--ssr', 'src/entry-server.tsx');
    return { root, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

function borrowPackages(from: string, to: string): void {
  fs.mkdirSync(to);
  for (const entry of fs.readdirSync(from)) {
    if (entry === '@e-galleria' || entry === '.vite' || entry === '.cache') continue;
    fs.symlinkSync(path.join(from, entry), path.join(to, entry));
  }
}
