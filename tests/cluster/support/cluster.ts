import { type ChildProcess, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { repositoryRoot, testCompileCache } from '../../e2e/support/paths.ts';
import { findFreePort, stopProcess, waitForReady } from '../../e2e/support/test-server.ts';
import { type RoundRobinProxy, startRoundRobinProxy } from './round-robin-proxy.ts';

export type ClusterInstance = {
  /** Its place in the proxy's turn (the `x-cluster-instance` header of its answers). */
  index: number;
  /** The instance itself, past the proxy. */
  url: string;
  child: ChildProcess;
  /** What it wrote to stdout and stderr, for a failing test's message. */
  output: () => string;
  /** Ends it at once, as a crash or the OOM killer would: no graceful shutdown. */
  kill: () => Promise<void>;
};

export type Cluster = {
  /** Where clients go: the round-robin proxy in front of every instance. */
  url: string;
  instances: ClusterInstance[];
  stop: () => Promise<void>;
};

/**
 * N real app servers (server/src/main.ts, as `npm start` runs it) on one database behind a
 * round-robin proxy started here, the way an installation for many municipalities runs
 * (README "Several app servers"). The database must exist, migrated and seeded: instances do
 * not seed it (DEMO=0). `env` is added to every instance's (SMTP_URL, TEST_JOB_PERIOD_MS…).
 */
export async function startCluster(options: {
  databaseUrl: string;
  instances?: number;
  env?: Record<string, string>;
}): Promise<Cluster> {
  const proxy = await startRoundRobinProxy();
  const instances: ClusterInstance[] = [];
  try {
    const count = options.instances ?? 3;
    for (let index = 0; index < count; index += 1)
      instances.push(startInstance(index, await findFreePort(), proxy, options));
    await Promise.all(
      instances.map((instance) =>
        waitForReady(instance.child).catch((error: unknown) => {
          throw new Error(
            `instance ${instance.index} did not start: ${String(error)}\n${instance.output()}`,
            {
              cause: error,
            },
          );
        }),
      ),
    );
  } catch (error) {
    await Promise.all(instances.map((instance) => stopProcess(instance.child)));
    await proxy.close();
    throw error;
  }
  proxy.setTargets(instances.map((instance) => instance.url));
  return {
    url: proxy.url,
    instances,
    async stop() {
      await Promise.all(instances.map((instance) => stopProcess(instance.child)));
      await proxy.close();
    },
  };
}

function startInstance(
  index: number,
  port: number,
  proxy: RoundRobinProxy,
  options: { databaseUrl: string; env?: Record<string, string> },
): ClusterInstance {
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  // process.execPath is the Node that runs the test (Node 26, the `node` devDependency).
  const child = spawn(process.execPath, [path.join(repositoryRoot, 'server/src/main.ts')], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      // Residents know the installation by the balancer's address, never an instance's.
      PUBLIC_URL: proxy.url,
      TRUST_PROXY: '1',
      NODE_ENV: 'development',
      DEMO: '0',
      LOG_LEVEL: 'warn',
      NODE_COMPILE_CACHE: testCompileCache,
      // Shared, as object storage would be; no scenario here uploads.
      UPLOADS_DIR: path.join(os.tmpdir(), 'e-galleria-cluster-uploads'),
      MAP_TILE_URL: 'none',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return {
    index,
    url,
    child,
    output: () => output.join(''),
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
