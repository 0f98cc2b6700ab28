import type { ActionFunctionArgs } from 'react-router';
import type { ShopOrder } from '@e-galleria/shared/orders';
import {
  cancelShopOrder,
  declineShopOrder,
  fireShopFulfilmentStep,
  fireShopOrderEvent,
  handOverShopOrders,
} from '../../api/shop-orders-api.ts';
import { readText } from '../../lib/form-data.ts';
import { type FormFailure, findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';

export type OrderActionResult = {
  orderId: string;
  order: ShopOrder | null;
  /** A handover of a whole group: the parcels as they are now. */
  handedOver: ShopOrder[] | null;
  failure: FormFailure | null;
};

const steps = [
  'mark-ready',
  'hand-over',
  'collect',
  'confirm-return',
  'perform',
  'no-show',
] as const;

/** One step of one order, or a whole group's handover; the answer replaces the card's order. */
export async function shopOrderAction({
  params,
  request,
}: ActionFunctionArgs): Promise<OrderActionResult> {
  const shopId = params.shopId ?? '';
  const formData = await request.formData();
  const orderId = readText(formData, 'orderId');
  const intent = readText(formData, 'intent');
  const done = (order: ShopOrder): OrderActionResult => ({
    orderId,
    order,
    handedOver: null,
    failure: null,
  });
  try {
    if (intent === 'hand-over-all') {
      const orderIds = formData.getAll('orderIds').filter((id) => typeof id === 'string');
      const handed = await handOverShopOrders(shopId, orderIds);
      return { orderId, order: null, handedOver: handed.items, failure: null };
    }
    if (intent === 'decline' || intent === 'cancel') {
      const field = `${intent}-reason-${orderId}`;
      const reason = readText(formData, field);
      const empty = findEmptyFields({ [field]: reason }, [field]);
      if (empty) return { orderId, order: null, handedOver: null, failure: empty };
      const send = intent === 'decline' ? declineShopOrder : cancelShopOrder;
      return done((await send(shopId, orderId, reason)).order);
    }
    const step = steps.find((candidate) => candidate === intent);
    if (step) return done((await fireShopFulfilmentStep(shopId, orderId, step)).order);
    const event = intent === 'pack' ? 'pack' : 'accept';
    return done((await fireShopOrderEvent(shopId, orderId, event)).order);
  } catch (error) {
    return { orderId, order: null, handedOver: null, failure: toFormFailure(error) };
  }
}
