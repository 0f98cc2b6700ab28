import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { FailureMode, MoneyCall, StripeStandIn } from '../support/stripe-stand-in.ts';
import { laisvallSlug } from './support/checkout.ts';
import {
  clockSteps,
  minuteJobRuns,
  operatorHandsOver,
  operatorMovesParcel,
  orderMovesOn,
  residentCancels,
  runMinuteJob,
  shopActs,
  shopHandsOverAll,
  shopSteps,
  stripeFails,
  stripeSends,
  type Ending,
  type LifecycleCommand,
  type Model,
  type ShopActor,
  type ShopStep,
  type WebhookKind,
} from './support/order-lifecycle-commands.ts';
import {
  carrierActs,
  shopDelivers,
  type CarrierAction,
  type DeliveryStep,
} from './support/order-lifecycle-delivery-commands.ts';
import { checkInvariants } from './support/order-lifecycle-invariants.ts';
import {
  createCast,
  createWorld,
  sendEvent,
  type Cast,
  type CardPayment,
  type CheckoutPlan,
  type FulfilmentMethod,
  type ScenarioPlan,
} from './support/order-lifecycle.ts';
import { createTestAppWithStripe } from './support/stripe.ts';
import type { TestApp } from './support/test-app.ts';

/**
 * Issue 5's rule, through the real server: whatever every actor does to a small world of
 * orders — residents, shops, the service point's operator, Stripe's webhooks (replayed, late,
 * out of order), home delivery's carriers (replaying their phones' commands), the minute job
 * with the clock moved on, and money calls that fail — every
 * answer is a clear one, every status is reached by the state machine, and no stock or money
 * is counted twice (support/order-lifecycle-invariants.ts, checked after every command).
 */

let t: TestApp;
let standIn: StripeStandIn;
let close: () => Promise<void>;
let cast: Cast;

beforeAll(async () => {
  ({ t, standIn, close } = await createTestAppWithStripe());
  cast = await createCast(t, standIn);
  // Two days to collect instead of two weeks, so a run reaches sending back and returns.
  await t.database.knex('service_points').where({ slug: laisvallSlug }).update({ hold_days: 2 });
});
afterAll(() => close());

/** fc.commands draws every entry of its list alike: an entry `times` times is drawn more. */
const weighted = (...entries: [fc.Arbitrary<LifecycleCommand>, number][]) =>
  entries.flatMap(([arbitrary, times]) => Array.from({ length: times }, () => arbitrary));

const orderIndex = fc.nat({ max: 11 });
/** Mostly a fresh client id; otherwise one the operator's phone used before (a replay). */
const replayOf = fc.oneof(fc.constant(null), fc.constant(null), fc.nat({ max: 7 }));

const commands = fc.commands(
  weighted(
    [
      fc
        .tuple(
          orderIndex,
          fc.integer({ min: 1, max: 10 }),
          fc.constantFrom<Ending>('collected', 'returned', 'cancelled'),
        )
        .map(([index, steps, ending]) => orderMovesOn(index, steps, ending)),
      3,
    ],
    [
      fc
        .tuple(
          orderIndex,
          fc.constantFrom(...(Object.keys(shopSteps) as ShopStep[])),
          fc.constantFrom<ShopActor>('owner', 'owner', 'staff', 'another shop'),
        )
        .map(([index, step, actor]) => shopActs(index, step, actor)),
      1,
    ],
    [fc.constantFrom<0 | 1>(0, 1).map((index) => shopHandsOverAll(index)), 1],
    [
      fc
        .tuple(orderIndex, fc.constantFrom(false, false, false, true))
        .map(([index, byStranger]) => residentCancels(index, byStranger)),
      1,
    ],
    [
      fc
        .tuple(
          orderIndex,
          fc.constantFrom<'check_in' | 'send_back'>('check_in', 'send_back'),
          replayOf,
        )
        .map(([index, event, replay]) => operatorMovesParcel(index, event, replay)),
      1,
    ],
    [
      fc
        .tuple(orderIndex, replayOf, fc.boolean())
        .map(([index, replay, names]) => operatorHandsOver(index, replay, names)),
      1,
    ],
    [
      fc
        .tuple(
          fc.constantFrom<WebhookKind>(
            'pay now',
            'late paid event',
            'replay',
            'second paid event',
            'expire',
          ),
          fc.nat({ max: 7 }),
        )
        .map(([kind, index]) => stripeSends(kind, index)),
      1,
    ],
    [
      fc
        .tuple(
          orderIndex,
          fc.constantFrom<DeliveryStep>('assign', 'hand-over', 'redeliver', 'take-back'),
          fc.nat({ max: 1 }),
          fc.constantFrom(false, false, false, true),
        )
        .map(([index, step, carrier, byOther]) => shopDelivers(index, step, carrier, byOther)),
      2,
    ],
    [
      fc
        .tuple(
          orderIndex,
          fc.constantFrom<CarrierAction>('deliver', 'deliver', 'not_home', 'refused'),
          fc.constantFrom(false, false, false, true),
          replayOf,
        )
        .map(([index, action, byOther, replay]) => carrierActs(index, action, byOther, replay)),
      2,
    ],
    [fc.constantFrom(...clockSteps).map((advance) => minuteJobRuns(advance)), 1],
    [
      fc
        .tuple(
          fc.constantFrom<MoneyCall>('transfer', 'refund', 'reversal'),
          fc.integer({ min: 1, max: 3 }),
          // A lost answer is what idempotency keys are for, and the harder case.
          fc.constantFrom<FailureMode>('unreached', 'answer_lost', 'answer_lost'),
        )
        .map(([call, count, mode]) => stripeFails(call, count, mode)),
      3,
    ],
  ),
  { maxCommands: 15, size: 'max' },
);

const fulfilment = fc.constantFrom<FulfilmentMethod>(
  'pickup_in_shop',
  'pickup_at_service_point',
  'home_delivery',
);
const checkoutPlan = (
  payment: fc.Arbitrary<'card' | 'pay_at_pickup'>,
): fc.Arbitrary<CheckoutPlan> =>
  fc.record({
    shops: fc.constantFrom([0], [1], [0, 1]),
    methods: fc.tuple(fulfilment, fulfilment),
    quantity: fc.integer({ min: 1, max: 2 }),
    payment,
    cardPayment: fc.constantFrom<CardPayment>('paid', 'paid', 'paid_event_delayed', 'unpaid'),
  });
/** Enough stock for most checkouts; now and then one is refused for want of it. */
const good = fc.record({
  priceOre: fc.integer({ min: 100, max: 90_000 }),
  stock: fc.integer({ min: 3, max: 8 }),
});
const scenario: fc.Arbitrary<ScenarioPlan> = fc.record({
  feeBasisPoints: fc.constantFrom(0, 250, 1250),
  goods: fc.tuple(good, good),
  // A resident pays one checkout by card and one at pickup, and sometimes makes a third.
  checkouts: fc
    .tuple(
      checkoutPlan(fc.constant('card')),
      checkoutPlan(fc.constant('pay_at_pickup')),
      fc.option(checkoutPlan(fc.constantFrom('card', 'pay_at_pickup')), { nil: undefined }),
    )
    .map(([card, atPickup, third]) => (third ? [card, atPickup, third] : [card, atPickup])),
});

/** PROPERTY_RUNS=500 searches longer, e.g. after changing order money or transitions. */
const numRuns = Number(process.env.PROPERTY_RUNS ?? 40);

describe('an order’s life under random commands from every actor', () => {
  it(
    'keeps every status legal and counts no stock or money twice',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, commands, async (plan, run) => {
          const world = await createWorld(t, standIn, cast, plan);
          const model: Model = { advancedMs: 0 };
          try {
            await checkInvariants(world, { settled: false });
            await fc.asyncModelRun(() => ({ model, real: world }), run);
            // Finally Stripe stops failing and delivers what it held back; the job settles all.
            standIn.clearFailures();
            for (const checkout of world.checkouts)
              if (checkout.delayedPaidSession)
                await sendEvent(world, 'checkout.session.completed', checkout.delayedPaidSession);
            await runMinuteJob(world, model, 0);
            await checkInvariants(world, { settled: true });
          } catch (error) {
            throw new Error(`${String(error)}\nWhat happened:\n  ${world.log.join('\n  ')}`, {
              cause: error,
            });
          } finally {
            standIn.clearFailures();
          }
        }),
        { numRuns },
      );
    },
    numRuns * 4_000,
  );
});
