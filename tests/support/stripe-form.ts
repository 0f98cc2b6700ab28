import { randomBytes } from 'node:crypto';

/**
 * Stripe's request encoding, read back: `application/x-www-form-urlencoded` with bracketed
 * keys (`line_items[0][price_data][unit_amount]=1000`). Numeric segments become arrays.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

export function decodeStripeForm(text: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const path = key.split(/\[|\]\[|\]/).filter((part) => part !== '');
    setPath(root, path, value);
  }
  return root;
}

function setPath(target: FormObject | FormValue[], path: string[], value: string) {
  const [head, ...rest] = path;
  if (head === undefined) return;
  const container = target as Record<string, FormValue>;
  if (rest.length === 0) {
    container[head] = value;
    return;
  }
  const next = rest[0] ?? '';
  container[head] ??= /^\d+$/.test(next) ? [] : {};
  const child = container[head];
  if (typeof child !== 'string') setPath(child, rest, value);
}

/** Typed reads of a decoded form, throwing the 400 Stripe would answer. */
export class StandInRequestError extends Error {
  readonly param: string | undefined;
  readonly status: number;
  readonly type: string;
  constructor(message: string, options: { param?: string; status?: number; type?: string } = {}) {
    super(message);
    this.param = options.param;
    this.status = options.status ?? 400;
    this.type = options.type ?? 'invalid_request_error';
  }
}

export function readString(form: FormObject, key: string, required = true): string | null {
  const value = form[key];
  if (typeof value === 'string' && value !== '') return value;
  if (required) throw new StandInRequestError(`Missing required param: ${key}.`, { param: key });
  return null;
}

export function readInteger(form: FormObject, key: string, required = true): number | null {
  const text = readString(form, key, required);
  if (text === null) return null;
  if (!/^\d+$/.test(text))
    throw new StandInRequestError(`Invalid integer: ${text}`, { param: key });
  return Number(text);
}

export function readObject(form: FormObject, key: string): FormObject {
  const value = form[key];
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

export function readArray(form: FormObject, key: string): FormObject[] {
  const value = form[key];
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is FormObject => typeof item === 'object' && !Array.isArray(item),
  );
}

export function readStringRecord(form: FormObject, key: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(readObject(form, key)).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
export const seconds = () => Math.floor(Date.now() / 1000);
export const notFound = (what: string, id: string) =>
  new StandInRequestError(`No such ${what}: '${id}'`, { status: 404, param: 'id' });
