import type { DeliveryAddress } from '@e-galleria/shared/delivery-address';
import type { VatClass } from '@e-galleria/shared/vat';
import type { Transaction } from '../../db/database.ts';

/**
 * What checkout asks of the home-delivery modules (decision 0020), handed in when the app is
 * composed. Each may refuse with a field-level AppError that checkout passes on unchanged.
 */

/** A shop's home delivery to an address for an order placed now: the home-delivery module's. */
export type HomeDeliveryOffer = {
  municipalityId: string;
  zoneId: string;
  /** The route day the goods are driven out (YYYY-MM-DD, Swedish date). */
  date: string;
  /** The last moment an order makes that route day. */
  orderBy: number;
  /** What a household pays per delivery, VAT included, the shop's extra fee added. */
  feeOre: number;
  /** What a household the municipality approved pays instead. */
  subsidisedFeeOre: number;
  feeVatClass: VatClass;
  /** Whether the zone is a locality of more than 3,000 inhabitants (no subsidy there). */
  isLargeLocality: boolean;
  /** Whether only approved households may have it (else everyone in a zone). */
  isForApprovedOnly: boolean;
};

export type HomeDeliveryOffers = {
  /**
   * The offer, or an AppError: `fulfilment_unavailable` when the shop does not deliver home
   * (off, no agreement, not opted in), `validation_failed` naming `address.postalCode` when the
   * address is in no zone the shop serves, or the zone has no route day ahead.
   */
  offerFor: (shopId: string, address: DeliveryAddress, at: number) => Promise<HomeDeliveryOffer>;
};

/** The households module's: who an order is delivered to, and whether they are approved. */
export type HouseholdsPort = {
  /**
   * Whether the resident's household in the municipality is approved for subsidised home
   * delivery; read before the checkout's transaction, as the fee depends on it. A guest's
   * (userId null) never is.
   */
  isApproved: (request: { municipalityId: string; userId: string | null }) => Promise<boolean>;
  /**
   * The household of this address in the municipality: the resident's own (by user id), or
   * one made from the address for a guest. In the checkout's transaction.
   */
  forCheckout: (
    trx: Transaction,
    request: {
      municipalityId: string;
      userId: string | null;
      name: string;
      email: string;
      address: DeliveryAddress;
      at: number;
    },
  ) => Promise<{ householdId: string; isApproved: boolean }>;
  /**
   * The household of the shop's municipality an order by phone is for (a household of another
   * municipality is not found), its last use moved to now. In the order's transaction.
   */
  forAssistedCheckout: (
    trx: Transaction,
    request: { householdId: string; municipalityId: string; at: number },
  ) => Promise<AssistedHousehold>;
};

/** The household shop staff found or took down by phone, as an order on its behalf needs it. */
export type AssistedHousehold = {
  householdId: string;
  /** The resident's account, when the household has one: the order shows among theirs. */
  userId: string | null;
  isApproved: boolean;
  name: string;
  /** Null for a contact without e-mail: the shop calls instead, no mail is sent. */
  email: string | null;
  address: DeliveryAddress;
};

/** The deliveries module's: the note that goes with a home-delivered order. */
export type DeliveryNotesPort = {
  /** In the checkout's transaction, once its order row is written. */
  open: (
    trx: Transaction,
    note: {
      orderId: string;
      municipalityId: string;
      shopId: string;
      householdId: string;
      zoneId: string;
      date: string;
      recipientName: string;
      address: DeliveryAddress;
      feeOre: number;
      isSubsidised: boolean;
      /** Chilled and frozen goods go in cool bags: how many the shop should pack. */
      coolBags: number;
      /** What the driver collects at the door (pay on delivery), else 0. */
      collectOre: number;
      at: number;
    },
  ) => Promise<void>;
  /**
   * Where each order is driven, as the resident's mail names it ("Storvägen 14, Laisvall"),
   * by order id; an order without a note is absent. In the caller's transaction.
   */
  addressesOf: (trx: Transaction, orderIds: readonly string[]) => Promise<Map<string, string>>;
  /**
   * The phone on each order's note (as it was at checkout), by order id, for the shop's view of
   * its own orders; an order without a note is absent.
   */
  phonesOf: (orderIds: readonly string[]) => Promise<Map<string, string>>;
  /**
   * Retention (decision 0057), before the orders are erased: their notes, corrections and
   * carrier commands, then the runs dated before `runsBefore` that no note names any more.
   */
  eraseOfOrders: (
    trx: Transaction,
    orderIds: readonly string[],
    runsBefore: string,
  ) => Promise<void>;
};
