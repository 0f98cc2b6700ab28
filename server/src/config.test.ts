import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('runs the embedded default with no environment at all: SQLite, port 3000, demo mode', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      publicUrl: 'http://localhost:3000',
      databaseUrl: 'sqlite:./data/galleria.sqlite',
      isDemo: true,
      stripe: null,
      smtpUrl: null,
    });
  });

  it('derives PUBLIC_URL from PORT and drops a trailing slash', () => {
    expect(loadConfig({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PUBLIC_URL: 'https://galleria.example.se/' }).publicUrl).toBe(
      'https://galleria.example.se',
    );
  });

  it('refuses to start in production without the settings it needs', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL.*\n.*SMTP_URL/s);
  });

  it('asks for a server secret of its own in production, and has one for development', () => {
    const production = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://galleria.example.se',
      SMTP_URL: 'smtp://mail.example.se:587',
    };
    expect(() => loadConfig(production)).toThrow(/SERVER_SECRET/);
    expect(() => loadConfig({ ...production, SERVER_SECRET: 'too short' })).toThrow(
      /SERVER_SECRET/,
    );
    expect(loadConfig({}).serverSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('never runs demo mode in production', () => {
    const production = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://galleria.example.se',
      SMTP_URL: 'smtp://mail.example.se:587',
      SERVER_SECRET: 'a-production-secret-of-at-least-32-characters',
    };
    expect(loadConfig(production).isDemo).toBe(false);
    expect(() => loadConfig({ ...production, DEMO: '1' })).toThrow(/DEMO/);
  });

  it('shortens job periods only outside production', () => {
    const production = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://galleria.example.se',
      SMTP_URL: 'smtp://mail.example.se:587',
      SERVER_SECRET: 'a-production-secret-of-at-least-32-characters',
    };
    expect(loadConfig(production).testJobPeriodMs).toBeNull();
    expect(() => loadConfig({ ...production, TEST_JOB_PERIOD_MS: '500' })).toThrow(
      /TEST_JOB_PERIOD_MS/,
    );
    expect(loadConfig({ NODE_ENV: 'test', TEST_JOB_PERIOD_MS: '500' }).testJobPeriodMs).toBe(500);
  });

  it('requires the webhook secret together with a Stripe key in production', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://galleria.example.se',
        SMTP_URL: 'smtp://mail.example.se:587',
        STRIPE_SECRET_KEY: 'sk_live_x',
      }),
    ).toThrow(/STRIPE_WEBHOOK_SECRET/);
  });

  it('takes the map tiles from MAP_TILE_URL, with its origin for the CSP, or none at all', () => {
    expect(loadConfig({}).map).toMatchObject({
      tileOrigin: 'https://tile.openstreetmap.org',
      attribution: '© OpenStreetMap contributors',
    });
    expect(
      loadConfig({ MAP_TILE_URL: 'https://kartor.example.se/tiles/{z}/{x}/{y}.png' }).map
        ?.tileOrigin,
    ).toBe('https://kartor.example.se');
    expect(loadConfig({ MAP_TILE_URL: 'none' }).map).toBeNull();
    expect(() => loadConfig({ MAP_TILE_URL: 'https://kartor.example.se/karta.png' })).toThrow(
      /MAP_TILE_URL/,
    );
  });

  it('points the Stripe SDK at a stand-in only outside production', () => {
    const stripe = {
      STRIPE_SECRET_KEY: 'sk_test_x',
      STRIPE_WEBHOOK_SECRET: 'whsec_x',
      STRIPE_API_URL: 'http://127.0.0.1:12111',
    };
    expect(loadConfig(stripe).stripe).toEqual({
      secretKey: 'sk_test_x',
      webhookSecret: 'whsec_x',
      api: { protocol: 'http', host: '127.0.0.1', port: 12111 },
    });
    expect(loadConfig({ ...stripe, STRIPE_API_URL: undefined }).stripe?.api).toBeNull();
    expect(() =>
      loadConfig({
        ...stripe,
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://galleria.example.se',
        SMTP_URL: 'smtp://mail.example.se:587',
      }),
    ).toThrow(/STRIPE_API_URL/);
    expect(() => loadConfig({ ...stripe, STRIPE_API_URL: 'ftp://127.0.0.1' })).toThrow(
      /STRIPE_API_URL/,
    );
  });

  it('refuses a database URL it cannot use', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/galleria' })).toThrow(
      /DATABASE_URL/,
    );
  });
});
