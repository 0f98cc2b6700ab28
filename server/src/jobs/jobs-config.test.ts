import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';

describe('the jobs and operations settings', () => {
  it('runs jobs, retries three times and gives a shutdown 25 s when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({
      metricsToken: null,
      jobs: { isRunning: true, retryLimit: 3 },
      shutdownTimeoutMs: 25_000,
    });
  });

  it('reads the metrics token, the retry limit, the shutdown time and RUN_JOBS=0', () => {
    const token = 'a-metrics-token-of-at-least-32-characters';
    expect(
      loadConfig({
        METRICS_TOKEN: token,
        JOB_RETRY_LIMIT: '5',
        SHUTDOWN_TIMEOUT_SECONDS: '60',
        RUN_JOBS: '0',
      }),
    ).toMatchObject({
      metricsToken: token,
      jobs: { isRunning: false, retryLimit: 5 },
      shutdownTimeoutMs: 60_000,
    });
  });

  it('refuses a short metrics token and settings out of range, naming them', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'secret' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ JOB_RETRY_LIMIT: '-1' })).toThrow(/JOB_RETRY_LIMIT/);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ RUN_JOBS: 'yes' })).toThrow(/RUN_JOBS/);
  });
});
