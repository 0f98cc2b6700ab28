import { Router } from 'express';
import type { MailboxMessage } from '@e-galleria/shared/dev-mailbox';
import type { ListResponse } from '@e-galleria/shared/lists';
import type { MailService } from '../mail/mail.service.ts';

/** Demo mode only: the outbox as a mailbox, so a reset link can be followed without SMTP. */
export function createDevMailboxRouter(deps: { mail: MailService }) {
  const router = Router();
  router.get('/dev/mailbox', async (_request, response) => {
    const rows = await deps.mail.listNewest(100);
    const body: ListResponse<MailboxMessage> = {
      items: rows.map((row) => ({
        id: row.id,
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        kind: row.kind,
        status: row.status,
        createdAt: new Date(row.created_at).toISOString(),
      })),
      nextCursor: null,
    };
    response.json(body);
  });
  return router;
}
