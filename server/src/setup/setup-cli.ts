// `npm run setup -- --region <name> --admin-email <address> [--municipality <name> …]`: a
// production installation from an empty database (README, "Production"). Side effects live
// here; the work is set-up-installation.ts.
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { z } from 'zod';
import { createApp } from '../app.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { AppError } from '../errors.ts';
import { createConfiguredFileStorage } from '../integrations/configured-file-storage.ts';
import { createSmtpTransport } from '../integrations/mail-transport.ts';
import { createPaymentGateway } from '../integrations/payments.ts';
import { createPasswordHasher } from '../integrations/password-hasher.ts';
import { setUpInstallation } from './set-up-installation.ts';

const usage = `Usage: npm run setup -- --region <name> --admin-email <address> [options]

  --region <name>          the region this installation serves, e.g. "Norrbotten"
  --region-slug <slug>     its address in URLs (default: from the name, e.g. norrbotten)
  --admin-email <address>  the first region admin, who is mailed an invitation
  --municipality <name>    a municipality of the region (repeat for several), onboarding
  --municipalities <list>  the same, comma-separated
  --locale sv|en           the language of the invitation (default sv)

Reads the same environment as the server (DATABASE_URL, PUBLIC_URL, SMTP_URL, …).`;

const flags: Record<string, string> = {
  region: '--region',
  regionSlug: '--region-slug',
  adminEmail: '--admin-email',
  municipalities: '--municipality',
  locale: '--locale',
};
const flagOf = (path: readonly PropertyKey[]) => flags[String(path[0])] ?? path.join('.');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      region: { type: 'string' },
      'region-slug': { type: 'string' },
      'admin-email': { type: 'string' },
      municipality: { type: 'string', multiple: true },
      municipalities: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean' },
    },
  }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}
if (!options.region || !options['admin-email']) fail(usage);

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const logger = pino({ level: config.logLevel === 'silent' ? 'silent' : 'warn' });
const database = createDatabase(config.databaseUrl);
try {
  await migrateToLatest(database.knex);
  const { services } = createApp({
    config,
    database,
    logger,
    hasher: createPasswordHasher(),
    files: createConfiguredFileStorage(config),
    mailTransport: config.smtpUrl ? createSmtpTransport(config.smtpUrl, config.mailFrom) : null,
    paymentGateway: createPaymentGateway(config.stripe),
    clientDir: null,
  });
  const report = await setUpInstallation(services, {
    region: options.region,
    regionSlug: options['region-slug'],
    adminEmail: options['admin-email'],
    municipalities: [
      ...(options.municipality ?? []),
      ...(options.municipalities?.split(',').filter((name) => name.trim() !== '') ?? []),
    ],
    locale: options.locale,
  });
  const created = (isNew: boolean) => (isNew ? 'created' : 'already there');
  console.log(
    `Region ${report.region.name} (${report.region.slug}): ${created(report.region.isNew)}`,
  );
  for (const municipality of report.municipalities)
    console.log(
      `Municipality ${municipality.name} (${municipality.slug}): ${created(municipality.isNew)}`,
    );
  if (config.smtpUrl) {
    // The server would send it within ten seconds; sending now says at once if SMTP works.
    await services.mail.deliverPending();
    console.log(`Invitation mailed to ${report.invitedEmail} (valid for 7 days).`);
  } else
    console.log(
      `Invitation to ${report.invitedEmail} is in the mail outbox (no SMTP_URL${config.isDemo ? '; see /dev/mailbox' : ''}).`,
    );
} catch (error) {
  if (error instanceof z.ZodError)
    fail(
      `Invalid arguments:\n${error.issues.map((issue) => `  ${flagOf(issue.path)}: ${issue.message}`).join('\n')}\n\n${usage}`,
    );
  if (error instanceof AppError) fail(`Not set up: ${error.message}`);
  throw error;
} finally {
  await database.close();
}
