import type { FieldError } from '@e-galleria/shared/errors';
import type { OpeningHours, UpdateShopProfileBody } from '@e-galleria/shared/shops';
import type { Locale } from '@e-galleria/shared/locales';
import { isSupportedLocale } from '../../i18n/i18n.ts';
import { emptyToNull, readText } from '../../lib/form-data.ts';
import { type FormFailure, requiredFieldCode } from '../../lib/form-failure.ts';

export const weekdayNumbers = [1, 2, 3, 4, 5, 6, 7] as const;
export const closesBeforeOpensCode = 'closes_before_opens';

/** Field names of the editor; exceptions use the API's own paths so server errors find them. */
export const weeklyField = (day: number, part: 'opens' | 'closes') =>
  `openingHours.weekly.day${day}.${part}`;
export const exceptionField = (index: number, part: string) =>
  `openingHours.exceptions.${index}.${part}`;

function interval(formData: FormData, opensName: string, closesName: string, errors: FieldError[]) {
  const opens = readText(formData, opensName);
  const closes = readText(formData, closesName);
  if (!opens && !closes) return null;
  if (!opens) errors.push({ field: opensName, code: requiredFieldCode, message: 'Required.' });
  if (!closes) errors.push({ field: closesName, code: requiredFieldCode, message: 'Required.' });
  if (opens && closes && closes <= opens)
    errors.push({ field: closesName, code: closesBeforeOpensCode, message: 'Closes too early.' });
  return { opens, closes };
}

/** The opening-hours editor's fields, for every form that embeds it (shops, service points). */
export function readOpeningHours(formData: FormData, errors: FieldError[]): OpeningHours {
  const weekly = weekdayNumbers.flatMap((weekday) => {
    const found = interval(
      formData,
      weeklyField(weekday, 'opens'),
      weeklyField(weekday, 'closes'),
      errors,
    );
    return found ? [{ weekday, ...found }] : [];
  });
  const count = Number(readText(formData, 'exceptionCount')) || 0;
  const exceptions: OpeningHours['exceptions'] = [];
  for (let index = 0; index < count; index += 1) {
    const date = readText(formData, exceptionField(index, 'date'));
    if (!formData.has(exceptionField(index, 'date'))) continue;
    if (!date)
      errors.push({ field: exceptionField(index, 'date'), code: requiredFieldCode, message: '' });
    const closed = formData.get(exceptionField(index, 'closed')) === 'on';
    const found = closed
      ? null
      : interval(formData, exceptionField(index, 'opens'), exceptionField(index, 'closes'), errors);
    if (!closed && !found)
      errors.push({ field: exceptionField(index, 'opens'), code: requiredFieldCode, message: '' });
    exceptions.push({
      date,
      closed,
      intervals: found ? [found] : [],
      note: readText(formData, exceptionField(index, 'note')).trim(),
    });
  }
  return { weekly, exceptions };
}

/** The language of the shop's texts, when the form has a known one. */
function contentLocaleOf(formData: FormData): { contentLocale?: Locale } {
  const value = formData.get('contentLocale');
  return isSupportedLocale(value) ? { contentLocale: value } : {};
}

/**
 * The PATCH body from the profile form, or the fields the browser can already tell are
 * wrong. Disabled identity fields (a published shop) are not in the form data and stay as
 * they are.
 */
export function profileFromForm(
  formData: FormData,
): { body: UpdateShopProfileBody; failure: null } | { body: null; failure: FormFailure } {
  const errors: FieldError[] = [];
  const name = readText(formData, 'name').trim();
  if (!name) errors.push({ field: 'name', code: requiredFieldCode, message: 'Required.' });
  const openingHours = readOpeningHours(formData, errors);
  if (errors.length > 0)
    return {
      body: null,
      failure: { code: 'validation_failed', fieldErrors: errors, retryAfterSeconds: null },
    };
  const optional = (field: string) => emptyToNull(readText(formData, field));
  return {
    failure: null,
    body: {
      name,
      ...(formData.has('orgNumber') ? { orgNumber: optional('orgNumber') } : {}),
      ...(formData.has('vatNumber') ? { vatNumber: optional('vatNumber') } : {}),
      streetAddress: optional('streetAddress'),
      postalCode: optional('postalCode'),
      city: optional('city'),
      village: optional('village'),
      description: readText(formData, 'description'),
      contactEmail: optional('contactEmail'),
      contactPhone: optional('contactPhone'),
      websiteUrl: optional('websiteUrl'),
      categoryIds: formData.getAll('categoryIds').filter((id) => typeof id === 'string'),
      openingHours,
      ...contentLocaleOf(formData),
    },
  };
}
