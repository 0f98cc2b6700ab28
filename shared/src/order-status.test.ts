import { describe, expect, it } from 'vitest';
import {
  mayFire,
  nextStatus,
  orderEvents,
  orderStatuses,
  shopPaidStatuses,
  stockReleasingStatuses,
  type OrderStatus,
} from './order-status.ts';

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

  it('ends a confirmed booking nobody came to as cancelled, by the shop only', () => {
    expect(nextStatus('accepted', 'no_show')).toBe('cancelled');
    expect(nextStatus('placed', 'no_show')).toBeNull();
    expect(nextStatus('collected', 'no_show')).toBeNull();
    expect(nextStatus('cancelled', 'no_show')).toBeNull();
    expect(mayFire('no_show', 'shop_staff')).toBe(true);
    expect(mayFire('no_show', 'customer')).toBe(false);
    // Cancelled: the time is released and the shop is not paid (decision 0074).
    expect(stockReleasingStatuses).toContain('cancelled');
    expect(shopPaidStatuses).not.toContain('cancelled');
  });

  it('pays the shop in every status an accepted order passes on its way to the resident', () => {
    // Every status reachable from accepted without ending or being sent back.
    const reached = new Set<OrderStatus>(['accepted']);
    for (let grown = true; grown;) {
      grown = false;
      for (const transition of Object.values(orderEvents)) {
        const to: OrderStatus = transition.to;
        if (stockReleasingStatuses.includes(to) || to === 'returning' || reached.has(to)) continue;
        if (transition.from.some((from) => reached.has(from))) {
          reached.add(to);
          grown = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...shopPaidStatuses].sort());
  });

  it('names only known statuses', () => {
    for (const transition of Object.values(orderEvents)) {
      expect(orderStatuses).toContain(transition.to);
      for (const from of transition.from) expect(orderStatuses).toContain(from);
    }
  });
});
