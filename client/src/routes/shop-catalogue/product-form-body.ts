import type { FieldError } from '@e-galleria/shared/errors';
import type { FieldRuleCode } from '@e-galleria/shared/field-rules';
import type {
  ContentUnit,
  ProductKind,
  ProductStatus,
  ProductUnit,
  ServiceDetails,
  StorageClass,
  UpdateProductBody,
} from '@e-galleria/shared/catalogue';
import type { VatClass } from '@e-galleria/shared/vat';
import type { CreateProductInput } from '../../api/catalogue-api.ts';
import { readText } from '../../lib/form-data.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { parseKronorToOre } from '../../lib/money.ts';

/** A variant row of the form; `id` is set for variants that already exist. */
export type VariantInput = {
  id: string | null;
  name: string;
  sku: string;
  priceOre: number;
  stock: number | null;
  contentAmount: number | null;
  contentUnit: ContentUnit | null;
};

export type ParsedProductForm = {
  fields: Omit<UpdateProductBody, 'priceOre' | 'sku' | 'stock' | 'service'>;
  single: {
    priceOre: number;
    sku?: string;
    stock: number | null;
    contentAmount: number | null;
    contentUnit: ContentUnit | null;
  } | null;
  variants: VariantInput[];
  service: ServiceDetails | null;
};

/**
 * Reads the product form. Field names are the API's field paths (`variants.0.priceOre`), so
 * errors from the browser and from the server land on the same inputs. Prices are typed in
 * kronor and sent as öre.
 */
export function readProductForm(
  formData: FormData,
  kind: ProductKind,
  variantCount: number,
): { parsed: ParsedProductForm; failure: null } | { parsed: null; failure: FormFailure } {
  const errors: FieldError[] = [];
  const text = (name: string) => readText(formData, name).trim();
  const required = (name: string) => {
    const value = text(name);
    if (!value) errors.push({ field: name, code: 'required', message: 'Required.' });
    return value;
  };
  const price = (name: string) => {
    const value = required(name);
    const ore = parseKronorToOre(value);
    if (value && ore === null)
      errors.push({
        field: name,
        code: 'not_a_price' satisfies FieldRuleCode,
        message: 'Not a price.',
      });
    return ore ?? 0;
  };
  const wholeNumber = (name: string, isRequired = false) => {
    const value = isRequired ? required(name) : text(name);
    if (!value) return null;
    if (!/^\d{1,7}$/.test(value)) {
      errors.push({
        field: name,
        code: 'not_a_whole_number' satisfies FieldRuleCode,
        message: 'Not a whole number.',
      });
      return null;
    }
    return Number(value);
  };
  const contentUnitOf = (name: string): ContentUnit | null => {
    const value = text(name);
    return value === 'g' || value === 'ml' || value === 'piece' ? value : null;
  };

  const trackStock = kind === 'good' && formData.get('trackStock') === 'on';
  const fields: ParsedProductForm['fields'] = {
    title: required('title'),
    description: readText(formData, 'description'),
    categoryId: required('categoryId'),
    status: text('status') as ProductStatus,
    vatClass: text('vatClass') as VatClass,
    unit: (kind === 'good' ? text('unit') : 'piece') as ProductUnit,
    storageClass: (kind === 'good' ? text('storageClass') : 'ambient') as StorageClass,
    trackStock,
  };

  const variants: VariantInput[] = [];
  for (let index = 0; index < variantCount; index += 1) {
    const at = (field: string) => `variants.${index}.${field}`;
    variants.push({
      id: text(at('id')) || null,
      name: required(at('name')),
      sku: required(at('sku')),
      priceOre: price(at('priceOre')),
      stock: trackStock ? (wholeNumber(at('stock')) ?? 0) : null,
      contentAmount: wholeNumber(at('contentAmount')),
      contentUnit: contentUnitOf(at('contentUnit')),
    });
  }
  const sku = text('sku');
  const single =
    variantCount === 0
      ? {
          priceOre: price('priceOre'),
          ...(sku ? { sku } : {}),
          stock: trackStock ? (wholeNumber('stock') ?? 0) : null,
          contentAmount: wholeNumber('contentAmount'),
          contentUnit: contentUnitOf('contentUnit'),
        }
      : null;
  const service = kind === 'service' ? readService(formData, wholeNumber) : null;
  if (errors.length > 0)
    return {
      parsed: null,
      failure: { code: 'validation_failed', fieldErrors: errors, retryAfterSeconds: null },
    };
  return { parsed: { fields, single, variants, service }, failure: null };
}

function readService(
  formData: FormData,
  wholeNumber: (name: string, isRequired?: boolean) => number | null,
): ServiceDetails {
  const text = (name: string) => readText(formData, name).trim();
  const bookingMode = text('service.bookingMode') === 'on_request' ? 'on_request' : 'slots';
  const weekly = formData
    .getAll('weeklyIndex')
    .map((index) => `service.availability.weekly.${typeof index === 'string' ? index : ''}`)
    .map((at) => ({
      weekday: Number(text(`${at}.weekday`)),
      start: text(`${at}.start`),
      end: text(`${at}.end`),
    }));
  const exceptions = formData
    .getAll('exceptionIndex')
    .map((index) => `service.availability.exceptions.${typeof index === 'string' ? index : ''}`)
    .map((at) => {
      const start = text(`${at}.start`);
      const end = text(`${at}.end`);
      // Without times the day is closed: an exception with no intervals.
      return { date: text(`${at}.date`), intervals: start && end ? [{ start, end }] : [] };
    });
  return {
    durationMinutes: wholeNumber('service.durationMinutes', true) ?? 0,
    bookingMode,
    slotCapacity: bookingMode === 'slots' ? (wholeNumber('service.slotCapacity') ?? 1) : null,
    location: text('service.location') as ServiceDetails['location'],
    availability: { weekly, exceptions },
  };
}

/** The create body: one price or named variants; a service carries its details. */
export function toCreateBody(kind: ProductKind, parsed: ParsedProductForm): CreateProductInput {
  const base = { kind, ...parsed.fields, ...(parsed.service ? { service: parsed.service } : {}) };
  if (parsed.single) return { ...base, ...parsed.single } as CreateProductInput;
  return {
    ...base,
    variants: parsed.variants.map(({ id: _id, ...variant }) => variant),
  } as CreateProductInput;
}

/** The update body: a product sold in one form also takes its price, SKU and stock. */
export function toUpdateBody(parsed: ParsedProductForm): UpdateProductBody {
  return {
    ...parsed.fields,
    ...(parsed.single ?? {}),
    ...(parsed.service ? { service: parsed.service } : {}),
  };
}
