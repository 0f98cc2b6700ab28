import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mayFire,
  nextStatus,
  orderEvents,
  orderStatuses,
  stockReleasingStatuses,
  type OrderActor,
  type OrderEvent,
  type OrderStatus,
} from './order-status.ts';

const events = Object.keys(orderEvents) as OrderEvent[];
const actors: OrderActor[] = [
  'customer',
  'system',
  'shop_owner',
  'shop_staff',
  'service_point_operator',
  'municipality_admin',
  'region_admin',
];

/**
 * A model of what the server does with an order (order-transitions.ts): an event moves it
 * only when its actor may fire it and the state machine allows it from the current status,
 * and entering a stock-releasing status gives the order's stock back (and refunds it).
 */
function run(start: OrderStatus, steps: readonly { event: OrderEvent; actor: OrderActor }[]) {
  let status = start;
  let stockGivenBack = 0;
  const visited: OrderStatus[] = [status];
  for (const { event, actor } of steps) {
    if (!mayFire(event, actor)) continue;
    const next = nextStatus(status, event);
    if (next === null) continue;
    status = next;
    visited.push(status);
    if (stockReleasingStatuses.includes(status)) stockGivenBack += 1;
  }
  return { status, stockGivenBack, visited };
}

const stepArbitrary = fc.record({
  event: fc.constantFrom(...events),
  actor: fc.constantFrom(...actors),
});
const startArbitrary = fc.constantFrom<OrderStatus>('awaiting_payment', 'placed');

describe('the order state machine under random events', () => {
  it('never reaches a status it does not know', () => {
    fc.assert(
      fc.property(startArbitrary, fc.array(stepArbitrary, { maxLength: 60 }), (start, steps) => {
        for (const status of run(start, steps).visited) expect(orderStatuses).toContain(status);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives an order’s stock back (and its money) at most once', () => {
    fc.assert(
      fc.property(startArbitrary, fc.array(stepArbitrary, { maxLength: 60 }), (start, steps) => {
        expect(run(start, steps).stockGivenBack).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no way out of a status that gave the stock back', () => {
    for (const status of stockReleasingStatuses)
      for (const event of events) expect(nextStatus(status, event)).toBeNull();
  });

  it('lets a resident only cancel, and only before the shop has answered', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 40 }), (steps) => {
        const byCustomer = steps.map((step) => ({ ...step, actor: 'customer' as const }));
        const { visited } = run('placed', byCustomer);
        expect(visited.every((status) => status === 'placed' || status === 'cancelled')).toBe(true);
      }),
    );
  });
});
