import type { AssistedOrderBody } from '@e-galleria/shared/checkout';
import type { CreateHouseholdContactBody } from '@e-galleria/shared/households';
import type { Locale } from '@e-galleria/shared/locales';
import { fetchShopProduct } from '../../api/catalogue-api.ts';
import { emptyToNull, readText } from '../../lib/form-data.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { householdFromForm } from '../households/household-from-form.ts';

/** A caller without an account: the household form's fields and an optional e-mail. */
export function contactFromForm(
  formData: FormData,
): { failure: FormFailure; body: null } | { failure: null; body: CreateHouseholdContactBody } {
  const parsed = householdFromForm(formData);
  if (parsed.failure) return parsed;
  const email = emptyToNull(readText(formData, 'email'));
  return { failure: null, body: { ...parsed.body, ...(email ? { email } : {}) } };
}

function fieldFailure(field: string, code: string): FormFailure {
  return {
    code: 'validation_failed',
    fieldErrors: [{ field, code, message: code }],
    retryAfterSeconds: null,
  };
}

/** The quantity fields: `variant.<id>` for a variant picked, `product.<id>` for its only one. */
function quantitiesOf(formData: FormData, prefix: string): Map<string, number> {
  const quantities = new Map<string, number>();
  for (const [name, value] of formData) {
    if (!name.startsWith(prefix) || typeof value !== 'string') continue;
    const quantity = Number(value.trim() || '0');
    quantities.set(name.slice(prefix.length), Number.isFinite(quantity) ? quantity : Number.NaN);
  }
  return quantities;
}

/**
 * The order as the API takes it. A product without variants is asked for its one variant
 * here; the server checks prices, stock and that every product is the shop's own.
 */
export async function phoneOrderFromForm(
  formData: FormData,
  shopId: string,
  locale: Locale,
): Promise<{ failure: FormFailure; body: null } | { failure: null; body: AssistedOrderBody }> {
  const wanted = [
    ...quantitiesOf(formData, 'variant.'),
    ...quantitiesOf(formData, 'product.'),
  ].filter(([, quantity]) => quantity !== 0);
  if (wanted.some(([, quantity]) => !Number.isInteger(quantity) || quantity < 0))
    return { failure: fieldFailure('items', 'invalid_quantity'), body: null };
  const byVariant = new Map(quantitiesOf(formData, 'variant.'));
  const items: AssistedOrderBody['items'] = [];
  for (const [id, quantity] of wanted) {
    if (byVariant.has(id)) {
      items.push({ variantId: id, quantity });
      continue;
    }
    const { product } = await fetchShopProduct(shopId, id);
    const [only] = product.variants;
    if (only) items.push({ variantId: only.id, quantity });
  }
  if (items.length === 0) return { failure: fieldFailure('items', 'required'), body: null };
  const method = readText(formData, 'fulfilment');
  const [kind, servicePointId] = method.split(':');
  const fulfilment: AssistedOrderBody['fulfilment'] | null =
    kind === 'pickup_at_service_point' && servicePointId
      ? { method: 'pickup_at_service_point', servicePointId }
      : kind === 'home_delivery' || kind === 'pickup_in_shop'
        ? { method: kind }
        : null;
  if (!fulfilment) return { failure: fieldFailure('fulfilment.method', 'required'), body: null };
  return {
    failure: null,
    body: { householdId: readText(formData, 'householdId'), items, fulfilment, locale },
  };
}
