import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { drainConnectionsOnClose } from './http/connection-draining.ts';
import { answerClientErrors } from './http/client-errors.ts';
import { createConfiguredFileStorage } from './integrations/configured-file-storage.ts';
import { createSmtpTransport } from './integrations/mail-transport.ts';
import { createPaymentGateway } from './integrations/payments.ts';
import { createPasswordHasher } from './integrations/password-hasher.ts';
import { createJobRunner } from './jobs/job-runner.ts';
import { seedDemoRegion } from './seed/demo-region.ts';

// The only file with side effects: config → database → app → listen.
let config: Config;
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

// TEST_JOB_PERIOD_MS (tests only): runners look for work twice a second.
const tuning = config.testJobPeriodMs ? { pollingSeconds: 0.5, superviseSeconds: 1 } : undefined;
const jobRunner = config.jobs.isRunning
  ? createJobRunner({ database, logger, ...(tuning ? { tuning } : {}) })
  : null;
const { app, services } = createApp({
  config,
  database,
  logger,
  hasher,
  files,
  mailTransport: config.smtpUrl ? createSmtpTransport(config.smtpUrl, config.mailFrom) : null,
  paymentGateway: createPaymentGateway(config.stripe),
  clientDir,
  ...(jobRunner ? { jobRunner } : {}),
});

// Before listening: an import the previous process was running will never finish.
const interrupted = await services.imports.failInterrupted();
if (interrupted > 0)
  logger.warn(`${interrupted} catalogue import(s) were interrupted by a restart`);

// Express 5 calls this with the server's error too: a port another process holds must end
// this one, not leave it running its jobs beside a port it never got.
const server = app.listen(config.port, (error?: Error) => {
  if (error) {
    logger.error(`cannot listen on port ${config.port}: ${error.message}`);
    process.exit(1);
  }
  logger.info(
    `e-galleria listening on ${config.publicUrl} (database: ${database.dialect}${config.isDemo ? ', demo mode' : ''})`,
  );
  // A parent that started us with an IPC channel (PM2's wait_ready, the tests' servers) learns
  // that this process is the one listening: an answer on the port could be another process's.
  process.send?.('ready');
});

answerClientErrors(server);

// After listening, so /api/health answers while pg-boss installs or migrates its schema.
await jobRunner?.start();

const connections = drainConnectionsOnClose(server);

/**
 * SIGTERM/SIGINT: stop taking requests (server.close lets those in hand finish), stop taking
 * jobs and give those in hand the same time limit (what is left is failed, and retried by
 * another instance or after the restart), then close the database.
 */
let isShuttingDown = false;
async function shutdown(signal: string) {
  if (isShuttingDown) return;
  isShuttingDown = true;
  logger.info(`${signal}: closing`);
  setTimeout(() => {
    logger.error('shutdown took too long: exiting');
    process.exit(1);
  }, config.shutdownTimeoutMs + 5_000).unref();
  connections.drain();
  const requestsDone = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.all([requestsDone, jobRunner?.stop({ timeoutMs: config.shutdownTimeoutMs })]);
  await database.close();
  logger.info('closed');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
