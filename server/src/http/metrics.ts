import { timingSafeEqual } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.ts';
import type { JobRunner } from '../jobs/jobs.port.ts';

/**
 * Prometheus metrics (decision 0046), one registry per app: request rate and latency per route
 * pattern (never the raw path: ids would make a series per order), the job queues' depth and
 * failures, and the database pool. GET /metrics answers only with `Authorization: Bearer
 * <METRICS_TOKEN>`; without a configured token the endpoint does not exist.
 */
export function createMetrics(deps: {
  token: string | null;
  database: Database;
  jobRunner: JobRunner | null;
}) {
  const registry = new Registry();
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer a request, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'db_pool_connections',
    help: 'Connections of the database writer pool, by state.',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = deps.database.poolStats();
      this.set({ state: 'used' }, stats.used);
      this.set({ state: 'free' }, stats.free);
      this.set({ state: 'pending' }, stats.pending);
      this.set({ state: 'max' }, stats.max);
    },
  });
  const runner = deps.jobRunner;
  if (runner) {
    new Gauge({
      name: 'job_queue_jobs',
      help: 'Jobs per queue: queued (waiting or retrying), active, dead-lettered.',
      labelNames: ['job', 'state'] as const,
      registers: [registry],
      async collect() {
        for (const queue of await runner.counts()) {
          this.set({ job: queue.name, state: 'queued' }, queue.queued);
          this.set({ job: queue.name, state: 'active' }, queue.active);
          this.set({ job: queue.name, state: 'dead_lettered' }, queue.deadLettered);
        }
      },
    });
    const failures = new Counter({
      name: 'job_failures_total',
      help: 'Failed job runs in this process; final="true" when the job went to dead letters.',
      labelNames: ['job', 'final'] as const,
      registers: [registry],
    });
    runner.onFailure((failure) =>
      failures.inc({ job: failure.name, final: String(failure.isFinal) }),
    );
  }
  if (deps.token) collectDefaultMetrics({ register: registry });

  /**
   * Times every request; the label is the pattern of the route that answered it, read when
   * the router hands the request to the route: by the time an error has been answered, the
   * routers have unwound and `baseUrl` no longer says where the route was mounted.
   */
  const recordRequests: RequestHandler = (request, response, next) => {
    const stop = duration.startTimer({ method: request.method });
    let route: unknown;
    let pattern: string | null = null;
    Object.defineProperty(request, 'route', {
      configurable: true,
      enumerable: true,
      get: () => route,
      set(value: { path?: unknown } | undefined) {
        route = value;
        // A route's path is a string pattern (or a RegExp, which prints as its source).
        const path = value?.path;
        if (typeof path === 'string' || path instanceof RegExp)
          pattern = `${request.baseUrl}${String(path)}`;
      },
    });
    response.on('finish', () => {
      stop({
        route: pattern ?? (request.originalUrl.startsWith('/api/') ? 'unmatched api' : 'static'),
        status_code: String(response.statusCode),
      });
    });
    next();
  };

  const router = Router();
  const expected = deps.token ? Buffer.from(`Bearer ${deps.token}`) : null;
  if (expected)
    router.get('/metrics', async (request, response) => {
      const given = Buffer.from(request.get('authorization') ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        response.setHeader('WWW-Authenticate', 'Bearer');
        response.status(401).type('text/plain').send('A bearer token is required.\n');
        return;
      }
      response.setHeader('Cache-Control', 'no-store');
      response.type(registry.contentType).send(await registry.metrics());
    });

  return { recordRequests: expected ? recordRequests : null, router };
}
