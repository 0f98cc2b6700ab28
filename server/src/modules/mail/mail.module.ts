import type { Logger } from 'pino';
import type { Database } from '../../db/database.ts';
import type { MailTransport } from '../../integrations/mail-transport.ts';
import { createMailService } from './mail.service.ts';
import { createOutboxRepository } from './outbox.repository.ts';

/** Mail through the outbox: written in the transaction that decides it, delivered after. */
export function createMailModule(deps: {
  database: Database;
  transport: MailTransport | null;
  logger: Logger;
  now: () => number;
  /** See mail.service.ts; shorter only in tests. */
  claimTimeLimitMs?: number;
}) {
  return {
    service: createMailService({
      outbox: createOutboxRepository(deps.database.knex),
      transport: deps.transport,
      logger: deps.logger,
      now: deps.now,
      ...(deps.claimTimeLimitMs ? { claimTimeLimitMs: deps.claimTimeLimitMs } : {}),
    }),
  };
}
