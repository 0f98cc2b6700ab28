import { useTranslation } from 'react-i18next';
import type { OverlappedPeriod } from '@e-galleria/shared/errors';
import type { ApiErrorCode } from '../api/api-error.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { formatSwedishDate } from '../lib/format-date.ts';

/**
 * The translated sentence for an API error code, with the wait time when rate limited, the
 * number left when there are fewer than asked for, and the dates of what a period overlaps.
 */
export function useErrorCodeMessage(): (failure: {
  code: ApiErrorCode;
  retryAfterSeconds?: number | null;
  left?: number | null;
  overlaps?: OverlappedPeriod | null;
}) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return ({ code, retryAfterSeconds, left, overlaps }) => {
    if (typeof left === 'number' && left > 0) {
      if (code === 'out_of_stock') return t('errors.onlyLeftInStock', { count: left });
      if (code === 'not_enough_places') return t('errors.onlyPlacesLeft', { count: left });
    }
    const message = t(`errors.code.${code}`);
    if (overlaps) {
      // In words, as the agreements list shows them ("1 juni 2026"), not as stored.
      const from = formatSwedishDate(overlaps.validFrom, locale);
      const period = overlaps.validTo
        ? t('errors.periodBetween', { from, to: formatSwedishDate(overlaps.validTo, locale) })
        : t('errors.periodFrom', { from });
      return `${message} ${t('errors.overlapsPeriod', { period })}`;
    }
    if (code !== 'rate_limited' || !retryAfterSeconds) return message;
    return `${message} ${t('errors.retryAfter', { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) })}`;
  };
}
