import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Liveness, readiness and metrics (decision 0046).

const metricsToken = 'metrics-token-for-tests-0123456789abcdef';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { METRICS_TOKEN: metricsToken }, withJobRunner: true });
});
afterAll(() => t.close());

describe('health and readiness', () => {
  it('answers liveness with the database engine', async () => {
    const response = await t.agent().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: t.database.dialect });
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const response = await t.agent().get('/api/ready');
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ready');
  });

  it('is not ready while a migration of this build is pending', async () => {
    const [latest] = (await t.database
      .knex('knex_migrations')
      .orderBy('id', 'desc')
      .limit(1)) as Record<string, unknown>[];
    expect(latest).toBeDefined();
    await t.database.knex('knex_migrations').where({ id: latest?.id }).delete();
    try {
      const response = await t.agent().get('/api/ready');
      expect(response.status).toBe(503);
      expect(response.type).toBe('application/problem+json');
      expect(response.body.code).toBe('not_ready');
      expect(response.body.detail).toContain(String(latest?.name));
      // Liveness is another question: the process is fine, it must not be restarted for this.
      expect((await t.agent().get('/api/health')).status).toBe(200);
    } finally {
      await t.database.knex('knex_migrations').insert(latest);
    }
    expect((await t.agent().get('/api/ready')).status).toBe(200);
  });
});

describe('GET /metrics', () => {
  it('refuses a request without the token, or with another', async () => {
    const without = await t.agent().get('/metrics');
    expect(without.status).toBe(401);
    expect(without.text).not.toContain('http_request_duration_seconds');
    const wrong = await t
      .agent()
      .get('/metrics')
      .set('Authorization', `Bearer ${metricsToken.replace('0', '1')}`);
    expect(wrong.status).toBe(401);
  });

  it('shows latency per route pattern, the job queues and the pool with the token', async () => {
    expect((await t.agent().get('/api/v1/municipalities/arjeplog')).status).toBe(200);
    expect((await t.agent().get('/api/v1/municipalities/no-such-place')).status).toBe(404);
    const response = await t.agent().get('/metrics').set('Authorization', `Bearer ${metricsToken}`);
    expect(response.status).toBe(200);
    expect(response.type).toBe('text/plain');
    const text = response.text;
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/municipalities\/:slug",status_code="200"\} 1/,
    );
    expect(text).toContain('route="/api/v1/municipalities/:slug",status_code="404"');
    // The pattern, never the raw path.
    expect(text).not.toContain('no-such-place');
    expect(text).toMatch(/job_queue_jobs\{job="deliver-mail",state="queued"\} \d+/);
    expect(text).toMatch(/job_queue_jobs\{job="hourly-cleanup",state="dead_lettered"\} 0/);
    expect(text).toMatch(/db_pool_connections\{state="used"\} \d+/);
  });

  it('does not exist when no token is configured', async () => {
    const plain = await createTestApp();
    try {
      const response = await plain
        .agent()
        .get('/metrics')
        .set('Authorization', `Bearer ${metricsToken}`);
      expect(response.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
