import type { FulfilmentChoice } from '../fulfilment/fulfilment.service.ts';
import type { RequestOrigin } from '../../http/request-origin.ts';

/**
 * What checkout needs to know of a shop's ways to deliver right now: the earliest dates the
 * shop's settings and schedules give (the fulfilment module computes them).
 */
export type ShopFulfilment = {
  pickupInShop: { readyAt: number; date: string } | null;
  servicePoints: readonly {
    id: string;
    name: string;
    village: string | null;
    amenities: readonly string[];
    date: string;
    orderBy: number;
  }[];
};

/** With the resident's choice, only that way is looked up (checkout needs no other). */
export type FulfilmentSource = (
  shopId: string,
  now: number,
  chosen?: FulfilmentChoice,
) => Promise<ShopFulfilment>;

/** Whether card payment can be offered for these shops, and how to take it. */
export type CardPayments = {
  /** Every shop can receive its share (a connected account ready for transfers). */
  availableFor: (shopIds: readonly string[]) => Promise<boolean>;
  /** Starts the hosted payment for a checkout and returns where the resident pays. */
  start: (checkout: {
    id: string;
    totalOre: number;
    email: string;
    lines: { name: string; amountOre: number; quantity: number }[];
    expiresAt: number;
  }) => Promise<{ sessionId: string; url: string }>;
  /**
   * Ends a checkout nobody can pay any more: its orders expire and give their goods back,
   * recorded as coming from `origin` (the checkout request that could not open the payment).
   */
  release: (checkoutId: string, origin: RequestOrigin) => Promise<void>;
};
