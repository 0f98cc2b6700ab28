import { z } from 'zod';

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^(sqlite:|postgres(ql)?:\/\/)/, 'sqlite:<file> or postgres://…')
      .default('sqlite:./data/galleria.sqlite'),
    STRIPE_SECRET_KEY: z.string().min(1).optional(),
    STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
    /** Tests and demos only: where the Stripe SDK sends its requests (a local stand-in). */
    STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().default('e-galleria <no-reply@e-galleria.example.se>'),
    UPLOADS_DIR: z.string().default('./data/uploads'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    /** Demo mode seeds the demo region and shows /dev/mailbox. Never in production. */
    DEMO: z.enum(['0', '1']).optional(),
    /**
     * The storefront map's tile template ({z}/{x}/{y}); `none` turns the map off. Only its
     * host is allowed for images by the CSP. The service point list works without it.
     */
    MAP_TILE_URL: z
      .union([
        z.literal('none'),
        z
          .url({ protocol: /^https?$/ })
          .refine(
            (url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)),
            'a tile template with {z}, {x} and {y}',
          ),
      ])
      .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
    /** Shown on the map, as the tile provider's licence requires. */
    MAP_ATTRIBUTION: z.string().min(1).max(300).default('© OpenStreetMap contributors'),
    /**
     * Signs what the server must recognise again without storing it: the cookie of a browser
     * that has logged in to an account before (decision 0026). Required in production.
     */
    SERVER_SECRET: z.string().min(32, 'at least 32 characters').optional(),
    /** How many proxies in front of us may set X-Forwarded-For (express "trust proxy"). */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    /**
     * Opens GET /metrics (Prometheus) to requests with `Authorization: Bearer <token>`; without
     * it the endpoint does not exist (404).
     */
    METRICS_TOKEN: z.string().min(32, 'at least 32 characters').optional(),
    /** Retries of a job that failed before it is dead-lettered (docs/decisions/0046). */
    JOB_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(3),
    /** On SIGTERM/SIGINT, how long jobs and requests in hand get to finish. */
    SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(25),
    /** `0`: this instance serves requests only and runs no jobs (another instance does). */
    RUN_JOBS: z.enum(['0', '1']).default('1'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (!env.PUBLIC_URL)
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'required in production' });
    if (env.PUBLIC_URL && !env.PUBLIC_URL.startsWith('https://'))
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message: 'must be https:// in production',
      });
    if (env.DEMO === '1')
      ctx.addIssue({
        code: 'custom',
        path: ['DEMO'],
        message: 'demo mode is never allowed in production',
      });
    if (!env.SMTP_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message: 'required in production: residents must receive their mail',
      });
    if (!env.SERVER_SECRET)
      ctx.addIssue({
        code: 'custom',
        path: ['SERVER_SECRET'],
        message: 'required in production: a long random string (openssl rand -base64 48)',
      });
    if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET)
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_WEBHOOK_SECRET'],
        message: 'required when STRIPE_SECRET_KEY is set',
      });
    if (env.STRIPE_API_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_API_URL'],
        message: 'is for tests and demos: production always talks to Stripe itself',
      });
  });

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  publicUrl: string;
  databaseUrl: string;
  isDemo: boolean;
  /** Null: no card payment, pay at pickup only. `api` is set only to reach a local stand-in. */
  stripe: StripeConfig | null;
  smtpUrl: string | null;
  mailFrom: string;
  uploadsDir: string;
  logLevel: string;
  trustProxy: number;
  /** See SERVER_SECRET; a fixed, public value outside production. */
  serverSecret: string;
  /** Null when the map is off. `tileOrigin` is what the CSP allows for images. */
  map: { tileUrl: string; tileOrigin: string; attribution: string } | null;
  /** Null: no /metrics endpoint. */
  metricsToken: string | null;
  jobs: { isRunning: boolean; retryLimit: number };
  shutdownTimeoutMs: number;
};

export type StripeConfig = {
  secretKey: string;
  webhookSecret: string;
  api: { protocol: 'http' | 'https'; host: string; port: number } | null;
};

export class ConfigError extends Error {}

/** Known to everybody, so never accepted in production (see SERVER_SECRET). */
const developmentServerSecret = 'e-galleria development secret, never used in production';

/** The only reader of process.env; everything else receives a Config. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    databaseUrl: env.DATABASE_URL,
    isDemo: env.NODE_ENV !== 'production' && env.DEMO !== '0',
    stripe:
      env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET
        ? {
            secretKey: env.STRIPE_SECRET_KEY,
            webhookSecret: env.STRIPE_WEBHOOK_SECRET,
            api: env.STRIPE_API_URL ? toApiAddress(env.STRIPE_API_URL) : null,
          }
        : null,
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM,
    uploadsDir: env.UPLOADS_DIR,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    trustProxy: env.TRUST_PROXY,
    serverSecret: env.SERVER_SECRET ?? developmentServerSecret,
    map:
      env.MAP_TILE_URL === 'none'
        ? null
        : {
            tileUrl: env.MAP_TILE_URL,
            // The template's braces are not a valid host; the origin is what precedes them.
            tileOrigin: new URL(env.MAP_TILE_URL.replace(/\{[a-z]+\}/g, '0')).origin,
            attribution: env.MAP_ATTRIBUTION,
          },
    metricsToken: env.METRICS_TOKEN ?? null,
    jobs: { isRunning: env.RUN_JOBS === '1', retryLimit: env.JOB_RETRY_LIMIT },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
  };
}

function toApiAddress(url: string): NonNullable<StripeConfig['api']> {
  const parsed = new URL(url);
  const protocol = parsed.protocol === 'http:' ? 'http' : 'https';
  const port = parsed.port ? Number(parsed.port) : protocol === 'http' ? 80 : 443;
  return { protocol, host: parsed.hostname, port };
}
