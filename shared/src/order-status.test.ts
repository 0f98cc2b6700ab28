import { describe, expect, it } from 'vitest';
import { mayFire, nextStatus, orderEvents, orderStatuses } from './order-status.ts';

describe('the order state machine', () => {
  it('moves a placed order to accepted, then packed', () => {
    expect(nextStatus('placed', 'accept')).toBe('accepted');
    expect(nextStatus('accepted', 'pack')).toBe('packed');
  });

  it('refuses events from states they do not start from', () => {
    expect(nextStatus('accepted', 'decline')).toBeNull();
    expect(nextStatus('declined', 'accept')).toBeNull();
    expect(nextStatus('placed', 'pack')).toBeNull();
    expect(nextStatus('awaiting_payment', 'accept')).toBeNull();
  });

  it('lets only shop staff accept and only the customer cancel', () => {
    expect(mayFire('accept', 'shop_staff')).toBe(true);
    expect(mayFire('accept', 'customer')).toBe(false);
    expect(mayFire('cancel', 'customer')).toBe(true);
    expect(mayFire('cancel', 'shop_owner')).toBe(false);
  });

  it('names only known statuses', () => {
    for (const transition of Object.values(orderEvents)) {
      expect(orderStatuses).toContain(transition.to);
      for (const from of transition.from) expect(orderStatuses).toContain(from);
    }
  });
});
