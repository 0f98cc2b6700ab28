import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

// What the catalogue and noisy-neighbour benches share: autocannon with exact percentiles, a
// free port, and child processes started and stopped.

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const root = fileURLToPath(new URL('../../', import.meta.url));

export type Figures = {
  requestsPerSecond: number;
  /** Responses counted, for CPU per request. */
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  non2xx: number;
};

export function percentile(sorted: readonly number[], fraction: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  return Math.round(value * 100) / 100;
}

/** autocannon against one URL; latencies from each response, so p95 is exact too. */
export async function measure(
  url: string,
  options: {
    connections: number;
    duration?: number;
    amount?: number;
    /** Makes every request's path distinct, to measure what a cache cannot answer. */
    distinctPaths?: boolean;
    /** Where the distinct paths start: runs on the same URL must not ask each other's. */
    distinctFrom?: number;
    /** Sent with every request, e.g. a browser's Accept-Encoding. */
    headers?: Record<string, string>;
  },
): Promise<Figures> {
  let sequence = options.distinctFrom ?? 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        ...(options.headers ? { headers: options.headers } : {}),
        ...(options.distinctPaths
          ? {
              requests: [
                {
                  setupRequest: (request: autocannon.Request) => ({
                    ...request,
                    path: `${new URL(url).pathname}${new URL(url).search}&priceMaxOre=${1_000_000 + ++sequence}`,
                  }),
                },
              ],
            }
          : {}),
        ...(options.amount
          ? { amount: options.amount }
          : { duration: options.duration ?? seconds }),
      },
      (error, finished) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(finished);
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(
      options.amount ? latencies.length / (result.duration || 1) : result.requests.average,
    ),
    requests: latencies.length,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
    non2xx: result.non2xx,
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** `cwd`: another checkout's root, to run a baseline commit's server (storefront-baseline.ts). */
export async function startProcess(
  args: string[],
  env: Record<string, string>,
  probe: string,
  cwd = root,
) {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if ((await fetch(probe)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`${args.join(' ')} did not start`);
}

export async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
