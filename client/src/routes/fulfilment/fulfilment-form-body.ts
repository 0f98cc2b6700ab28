import type { FieldError } from '@e-galleria/shared/errors';
import type { FieldRuleCode } from '@e-galleria/shared/field-rules';
import type { UpdateFulfilmentBody } from '@e-galleria/shared/fulfilment';
import { readText } from '../../lib/form-data.ts';
import type { FormFailure } from '../../lib/form-failure.ts';

/** Hidden inputs that list the rows on the form, so removed rows leave no gaps. */
export const servicePointIndexName = 'servicePointIndex';
export const deliveryIndexName = (point: number) => `servicePoints.${point}.deliveryIndex`;

/**
 * Reads the delivery and pickup form. Field names are the API's field paths
 * (`servicePoints.0.deliveries.1.cutoffTime`), so the server's errors land on the inputs.
 * Only what the browser cannot send as a number is checked here; the rules are the server's.
 */
export function readFulfilmentForm(
  formData: FormData,
): { body: UpdateFulfilmentBody; failure: null } | { body: null; failure: FormFailure } {
  const errors: FieldError[] = [];
  const whole = (name: string) => {
    const text = readText(formData, name).trim();
    if (!/^\d{1,5}$/.test(text)) {
      errors.push({
        field: name,
        code: text ? ('not_a_whole_number' satisfies FieldRuleCode) : 'required',
        message: 'Invalid.',
      });
      return 0;
    }
    return Number(text);
  };
  const body: UpdateFulfilmentBody = {
    pickupInShop: {
      enabled: formData.get('pickupInShop.enabled') === 'on',
      preparationMinutes: whole('pickupInShop.preparationMinutes'),
    },
    servicePoints: formData.getAll(servicePointIndexName).map((_, point) => ({
      servicePointId: readText(formData, `servicePoints.${point}.servicePointId`),
      isActive: formData.get(`servicePoints.${point}.isActive`) === 'on',
      deliveries: formData.getAll(deliveryIndexName(point)).map((__, row) => {
        const at = (field: string) => `servicePoints.${point}.deliveries.${row}.${field}`;
        return {
          weekday: whole(at('weekday')),
          cutoffWeekday: whole(at('cutoffWeekday')),
          cutoffTime: readText(formData, at('cutoffTime')).trim(),
        };
      }),
    })),
  };
  if (errors.length > 0)
    return {
      body: null,
      failure: { code: 'validation_failed', fieldErrors: errors, retryAfterSeconds: null },
    };
  return { body, failure: null };
}
