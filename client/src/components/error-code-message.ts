import { useTranslation } from 'react-i18next';
import type { ApiErrorCode } from '../api/api-error.ts';

/**
 * The translated sentence for an API error code, with the wait time when rate limited and the
 * number left when there are fewer than asked for.
 */
export function useErrorCodeMessage(): (failure: {
  code: ApiErrorCode;
  retryAfterSeconds?: number | null;
  left?: number | null;
}) => string {
  const { t } = useTranslation();
  return ({ code, retryAfterSeconds, left }) => {
    if (typeof left === 'number' && left > 0) {
      if (code === 'out_of_stock') return t('errors.onlyLeftInStock', { count: left });
      if (code === 'not_enough_places') return t('errors.onlyPlacesLeft', { count: left });
    }
    const message = t(`errors.code.${code}`);
    if (code !== 'rate_limited' || !retryAfterSeconds) return message;
    return `${message} ${t('errors.retryAfter', { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) })}`;
  };
}
