import type { MailService } from '../mail/mail.service.ts';
import { createDevMailboxRouter } from './dev-mailbox.router.ts';

/** Demo mode only: the outbox as a mailbox at /dev/mailbox. */
export function createDevModule(deps: { mail: MailService }) {
  return { router: createDevMailboxRouter(deps) };
}
