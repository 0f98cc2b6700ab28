/**
 * Writes to these never change what a public page shows, so they leave the public read cache
 * (public-read-cache.ts) alone: the write generation (server/src/db/write-generation.ts) does
 * not move for them. A table missing here only costs cache hits; a table listed here that a
 * public page does show would serve stale pages, so a new table stays out until it is known.
 */
export const tablesPublicPagesNeverShow = [
  'sessions',
  'rate_limits',
  'outbox_messages',
  'outbox_attachments',
  'audit_events',
  'invitations',
  'password_reset_tokens',
  'registration_requests',
  'role_assignments',
  'users',
  'catalogue_imports',
  'handovers',
  'handover_confirmations',
  'baskets',
  'basket_items',
  'checkouts',
  'shop_orders',
  'order_lines',
  'order_status_events',
  'payment_events',
  'shop_payment_accounts',
  'households',
  'delivery_notes',
  'delivery_runs',
  'delivery_commands',
  'service_requests',
] as const;
