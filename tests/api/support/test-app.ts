import { pino } from 'pino';
import supertest from 'supertest';
import { inject } from 'vitest';
import { createApp } from '../../../server/src/app.ts';
import { loadConfig } from '../../../server/src/config.ts';
import type { MailTransport } from '../../../server/src/integrations/mail-transport.ts';
import { createConfiguredFileStorage } from '../../../server/src/integrations/configured-file-storage.ts';
import { createPaymentGateway } from '../../../server/src/integrations/payments.ts';
import type { SmsSender } from '../../../server/src/integrations/sms.ts';
import { createJobRunner } from '../../../server/src/jobs/job-runner.ts';
import type { JobRunner } from '../../../server/src/jobs/jobs.port.ts';
import {
  createTestDatabase,
  openTestDatabaseAgain,
  type TestDatabase,
  testUploadsDir,
} from './test-database.ts';
import { testHasher } from './test-hasher.ts';

export const publicUrl = 'http://galleria.test';
export const demoPassword = 'galleria-demo';

/** A clock the test moves, so expiry rules are tested without waiting. */
export type TestClock = { now: () => number; advance: (ms: number) => void };

export type TestApp = {
  app: ReturnType<typeof createApp>['app'];
  services: ReturnType<typeof createApp>['services'];
  database: TestDatabase;
  /** With `withJobRunner`: the started runner the app's jobs are registered with. */
  jobRunner: JobRunner | null;
  clock: TestClock;
  /** A cookie-keeping client, like one browser. */
  agent: () => supertest.Agent;
  /** An agent logged in as the given account. */
  loginAs: (email: string, password?: string) => Promise<supertest.Agent>;
  close: () => Promise<void>;
};

export async function createTestApp(
  options: {
    env?: Record<string, string>;
    mailTransport?: MailTransport;
    smsSender?: SmsSender;
    /** A built storefront to serve beside the API; API-only by default. */
    clientDir?: string;
    /** Another app server on that app's database (its own connections, cache and clock). */
    sameDatabaseAs?: TestApp;
    /** Starts the engine's job runner with the app's schedules (most tests call jobs directly). */
    withJobRunner?: boolean;
  } = {},
): Promise<TestApp> {
  const database = options.sameDatabaseAs
    ? openTestDatabaseAgain(options.sameDatabaseAs.database)
    : await createTestDatabase(inject('testRun'));
  let current = Date.now();
  const clock: TestClock = { now: () => current, advance: (ms) => (current += ms) };
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: publicUrl,
    DATABASE_URL: 'sqlite::memory:',
    ...options.env,
  });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const jobRunner = options.withJobRunner
    ? createJobRunner({
        database,
        logger,
        tuning: { pollingSeconds: 0.5, superviseSeconds: 1 },
      })
    : null;
  const { app, services } = createApp({
    config,
    database,
    logger,
    hasher: testHasher,
    // S3_* in `env` (pointing at tests/support/s3-server.ts) put files in a bucket.
    files: createConfiguredFileStorage({ s3: config.s3, uploadsDir: testUploadsDir }),
    mailTransport: options.mailTransport ?? null,
    ...(options.smsSender ? { smsSender: options.smsSender } : {}),
    // STRIPE_* in `env` (pointing at tests/support/stripe-stand-in.ts) turn card payment on.
    paymentGateway: createPaymentGateway(config.stripe),
    clientDir: options.clientDir ?? null,
    now: clock.now,
    ...(jobRunner ? { jobRunner } : {}),
  });
  // On PostgreSQL, public reads are cached only once other apps' writes can be heard.
  await database.writeNotices?.listening();
  await jobRunner?.start();
  const agent = () => supertest.agent(app);
  return {
    app,
    services,
    database,
    jobRunner,
    clock,
    agent,
    async loginAs(email, password = demoPassword) {
      const client = agent();
      const response = await client.post('/api/v1/auth/login').send({ email, password });
      if (response.status !== 200)
        throw new Error(`login as ${email} failed: ${response.status} ${response.text}`);
      return client;
    },
    async close() {
      await jobRunner?.stop({ timeoutMs: 1000 });
      await database.close();
    },
  };
}

/** The link in the newest outbox mail to `to`, for following reset and invitation links. */
export async function latestLinkMailedTo(testApp: TestApp, to: string): Promise<string> {
  const [mail] = (await testApp.database
    .knex('outbox_messages')
    .where({ to_address: to })
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)) as { text_body: string }[];
  const link = mail?.text_body.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no mail with a link to ${to}`);
  return link;
}
