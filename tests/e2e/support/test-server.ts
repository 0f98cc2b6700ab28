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
  const databaseUrl = `sqlite:${path.join(directory, 'e2e.sqlite')}`;
  // The free port can be taken by another test's server before ours binds it: then ours exits
  // with EADDRINUSE and starts again on another port, on the database it has already seeded.
  for (let attempt = 1; ; attempt += 1) {
    const baseUrl = `http://127.0.0.1:${await findFreePort()}`;
    const { child, output } = spawnServer(root, baseUrl, {
      DATABASE_URL: databaseUrl,
      ...extraEnv,
    });
    try {
      await waitForReady(child);
    } catch (error) {
      await stopProcess(child);
      if (attempt < 3 && output().includes('EADDRINUSE')) continue;
      await fs.rm(directory, { recursive: true, force: true });
      throw new Error(`The e2e server did not start: ${String(error)}\n${output()}`, {
        cause: error,
      });
    }
    return {
      baseUrl,
      databaseUrl,
      pid: child.pid ?? 0,
      signal(name: NodeJS.Signals) {
        const exited = new Promise<number | null>((resolve) =>
          child.once('exit', (code) => resolve(code)),
        );
        child.kill(name);
        return exited;
      },
      async stop() {
        await stopProcess(child);
        await fs.rm(directory, { recursive: true, force: true });
      },
    };
  }
}

function spawnServer(root: string, baseUrl: string, env: Record<string, string>) {
  const output: string[] = [];
  // process.execPath is the Node that runs vitest (Node 26, from the `node` devDependency).
  const child = spawn(process.execPath, [path.join(root, 'server/src/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      // Shared by every test server, across runs: files are named by content, so the demo
      // pictures the first server draws are found stored by the others (demo-pictures.ts).
      UPLOADS_DIR: path.join(os.tmpdir(), 'e-galleria-e2e-uploads'),
      PORT: new URL(baseUrl).port,
      PUBLIC_URL: baseUrl,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      NODE_COMPILE_CACHE: testCompileCache,
      // Map tiles from a closed local port: tests never reach the internet, and pages with a
      // map must work when tiles do not load.
      MAP_TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return { child, output: () => output.join('') };
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

/**
 * Waits for the child's own word that it listens (main.ts sends 'ready' over the IPC channel
 * once its port is bound). Polling /api/health is not enough: the free port found before the
 * start can be taken in between by another test's server, which then answers for ours, and a
 * test talks to the wrong server (a 403 for a foreign Origin, in CI).
 */
export function waitForReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      settle();
      reject(new Error(`the server did not say it listens within ${startupTimeoutMs} ms`));
    }, startupTimeoutMs);
    const onMessage = (message: unknown) => {
      if (message !== 'ready') return;
      settle();
      // The channel has done its work; without it the child exits as a server started by hand.
      child.disconnect();
      resolve();
    };
    const onExit = (code: number | null) => {
      settle();
      reject(new Error(`the server exited with code ${code} before it listened`));
    };
    function settle() {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
}
