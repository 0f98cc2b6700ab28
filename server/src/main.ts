import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createConfiguredFileStorage } from './integrations/configured-file-storage.ts';
import { createSmtpTransport } from './integrations/mail-transport.ts';
import { createPaymentGateway } from './integrations/payments.ts';
import { createPasswordHasher } from './integrations/password-hasher.ts';
import { seedDemoRegion } from './seed/demo-region.ts';

// The only file with side effects: config → database → app → listen.
let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = pino({ level: config.logLevel });
const database = createDatabase(config.databaseUrl, { log: logger });
const hasher = createPasswordHasher();
const files = createConfiguredFileStorage(config);
await migrateToLatest(database.knex);
if (
  config.isDemo &&
  (await seedDemoRegion(database.knex, hasher, { files, deliveryHistory: true }))
) {
  logger.info('seeded the demo region Norrbotten (password for every demo account: galleria-demo)');
}

const clientDir = fileURLToPath(new URL('../../client/dist/', import.meta.url));
if (!fs.existsSync(clientDir))
  logger.warn('client/dist is missing; run `npm run build` to serve the storefront');

const { app, jobs, services } = createApp({
  config,
  database,
  logger,
  hasher,
  files,
  mailTransport: config.smtpUrl ? createSmtpTransport(config.smtpUrl, config.mailFrom) : null,
  paymentGateway: createPaymentGateway(config.stripe),
  clientDir,
});

// Before listening: an import the previous process was running will never finish.
const interrupted = await services.imports.failInterrupted();
if (interrupted > 0)
  logger.warn(`${interrupted} catalogue import(s) were interrupted by a restart`);

const server = app.listen(config.port, () => {
  logger.info(
    `e-galleria listening on ${config.publicUrl} (database: ${database.dialect}${config.isDemo ? ', demo mode' : ''})`,
  );
});

// TEST_JOB_PERIOD_MS (tests only) runs every job at one short period.
const every = (ms: number, name: string, job: () => Promise<unknown>) =>
  setInterval(() => {
    job().catch((error: unknown) => logger.error({ err: error }, `${name} failed`));
  }, config.testJobPeriodMs ?? ms);
const timers = [
  every(10_000, 'mail delivery round', jobs.deliverMail),
  every(60_000, 'order housekeeping', jobs.orderHousekeeping),
  every(60_000, 'counter housekeeping', jobs.counterHousekeeping),
  every(60_000, 'delivery notices', jobs.deliveryNotices),
  every(60 * 60 * 1000, 'housekeeping', jobs.hourly),
];

function shutdown(signal: string) {
  logger.info(`${signal}: closing`);
  for (const timer of timers) clearInterval(timer);
  server.close(() => {
    void database.close().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
