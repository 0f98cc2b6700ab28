import type { TFunction } from 'i18next';
import type { FieldError } from '@e-galleria/shared/errors';
import { translateFieldError } from '../../lib/field-error-message.ts';

/** What a refused correction or forward says about a field, in words that say what to do. */
export function correctionFieldMessage(t: TFunction, error: FieldError): string {
  if (error.code === 'unchanged') return t('runCorrections.errors.unchanged');
  if (error.code === 'nothing_to_collect') return t('runCorrections.errors.nothingToCollect');
  if (error.field === 'reason') return t('runCorrections.errors.reasonRequired');
  if (error.field === 'km') return t('runCorrections.errors.kmInvalid');
  if (error.field === 'collectedOre') return t('runCorrections.errors.amountInvalid');
  if (error.field === 'to') return t('runCorrections.errors.addressInvalid');
  return translateFieldError(t, error);
}

/** Kilometres as a person types them (`48`, `48,3`, `48.3`) → a number, or null. */
export function parseKm(text: string): number | null {
  const match = /^(\d{1,4})(?:[.,](\d))?$/.exec(text.trim());
  if (!match) return null;
  return Number(`${match[1] ?? '0'}.${match[2] ?? '0'}`);
}
