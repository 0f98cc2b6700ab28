import type { MailboxMessage } from '@e-galleria/shared/dev-mailbox';
import type { ListResponse } from '@e-galleria/shared/lists';
import { requestJson } from './http-client.ts';

export function listMailboxMessages(signal?: AbortSignal): Promise<ListResponse<MailboxMessage>> {
  return requestJson('/v1/dev/mailbox', { signal });
}
