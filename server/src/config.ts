import { z } from 'zod';

/** Object storage (decision 0047): S3_BUCKET turns it on; the other settings then follow. */
const s3Settings = {
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name')
    .optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['0', '1']).default('0'),
};

type S3Settings = z.infer<z.ZodObject<typeof s3Settings>> & { NODE_ENV: string };

const requiredS3Settings = [
  'S3_BUCKET',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
] as const;

function checkS3Settings(env: S3Settings, ctx: z.RefinementCtx) {
  const isAnySet =
    requiredS3Settings.some((key) => env[key] !== undefined) ||
    env.S3_ENDPOINT !== undefined ||
    env.S3_PUBLIC_URL !== undefined;
  if (!isAnySet) return;
  for (const key of requiredS3Settings)
    if (env[key] === undefined)
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: 'required with the other S3_ settings',
      });
  if (env.NODE_ENV === 'production' && env.S3_PUBLIC_URL?.startsWith('http://'))
    ctx.addIssue({
      code: 'custom',
      path: ['S3_PUBLIC_URL'],
      message: 'must be https:// in production: browsers load images from it',
    });
}

function toS3Config(env: S3Settings): S3Config | null {
  const { S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env;
  if (!S3_BUCKET || !S3_REGION || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) return null;
  return {
    endpoint: env.S3_ENDPOINT ?? null,
    region: S3_REGION,
    bucket: S3_BUCKET,
    accessKeyId: S3_ACCESS_KEY_ID,
    secretAccessKey: S3_SECRET_ACCESS_KEY,
    publicUrl: env.S3_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === '1',
  };
}

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
     * Tests only: every periodic job (mail, housekeeping, cleanup) runs this often instead of
     * its own period, so a multi-instance test sees a reminder or a mail within seconds.
     */
    TEST_JOB_PERIOD_MS: z.coerce.number().int().min(50).max(3_600_000).optional(),
    ...s3Settings,
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
  .superRefine(checkS3Settings)
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
    if (env.TEST_JOB_PERIOD_MS !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['TEST_JOB_PERIOD_MS'],
        message: 'is for tests: production jobs keep their own periods',
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
  /** Null: files in `uploadsDir`. */
  s3: S3Config | null;
  logLevel: string;
  trustProxy: number;
  /** See SERVER_SECRET; a fixed, public value outside production. */
  serverSecret: string;
  /** Tests only (TEST_JOB_PERIOD_MS): one period for every periodic job, or null. */
  testJobPeriodMs: number | null;
  /** Null when the map is off. `tileOrigin` is what the CSP allows for images. */
  map: { tileUrl: string; tileOrigin: string; attribution: string } | null;
  /** Null: no /metrics endpoint. */
  metricsToken: string | null;
  jobs: { isRunning: boolean; retryLimit: number };
  shutdownTimeoutMs: number;
};

/** Files in an S3-compatible bucket instead of UPLOADS_DIR (decision 0047). */
export type S3Config = {
  /** Null: AWS S3 itself, found from the region. */
  endpoint: string | null;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Where browsers fetch files (a CDN or the bucket's URL); null: through /files. */
  publicUrl: string | null;
  /** `bucket` in the path instead of the host name (MinIO and most self-hosted servers). */
  forcePathStyle: boolean;
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
    s3: toS3Config(env),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    trustProxy: env.TRUST_PROXY,
    serverSecret: env.SERVER_SECRET ?? developmentServerSecret,
    testJobPeriodMs: env.TEST_JOB_PERIOD_MS ?? null,
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
