import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repositoryRoot, testCompileCache } from './paths.ts';

export type TestServer = {
  baseUrl: string;
  /** The server's own SQLite file, for tests that check what landed (WAL: both may write). */
  databaseUrl: string;
  /** The server process's id, for benchmarks that read its CPU time from /proc. */
  pid: number;
  /** Sends the process a signal and answers its exit code once it has exited. */
  signal: (name: NodeJS.Signals) => Promise<number | null>;
  stop: () => Promise<void>;
};

const startupTimeoutMs = 30_000;

/**
 * The real server (built client, demo seed, mail outbox) on a free port with a database of
 * its own, so test files never share state and the developer's ./data is never touched.
 * `root` is the checkout to run: another one lets a benchmark measure an older build.
 */
export async function startTestServer(
  extraEnv: Record<string, string> = {},
  root: string = repositoryRoot,
): Promise<TestServer> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'e-galleria-e2e-'));
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const databaseUrl = `sqlite:${path.join(directory, 'e2e.sqlite')}`;
  const output: string[] = [];
  // process.execPath is the Node that runs vitest (Node 26, from the `node` devDependency).
  const child = spawn(process.execPath, [path.join(root, 'server/src/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      // Shared by every test server, across runs: files are named by content, so the demo
      // pictures the first server draws are found stored by the others (demo-pictures.ts).
      UPLOADS_DIR: path.join(os.tmpdir(), 'e-galleria-e2e-uploads'),
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      NODE_COMPILE_CACHE: testCompileCache,
      // Map tiles from a closed local port: tests never reach the internet, and pages with a
      // map must work when tiles do not load.
      MAP_TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));

  async function stop() {
    await stopProcess(child);
    await fs.rm(directory, { recursive: true, force: true });
  }

  try {
    await waitForHealth(baseUrl, child);
  } catch (error) {
    await stop();
    throw new Error(`The e2e server did not start: ${String(error)}\n${output.join('')}`, {
      cause: error,
    });
  }
  function signal(name: NodeJS.Signals) {
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    child.kill(name);
    return exited;
  }
  return { baseUrl, databaseUrl, pid: child.pid ?? 0, signal, stop };
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + startupTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet: migrations and the demo seed run first.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no healthy answer from ${baseUrl}/api/health within ${startupTimeoutMs} ms`);
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
}
