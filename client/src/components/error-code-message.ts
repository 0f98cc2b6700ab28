import { useTranslation } from 'react-i18next';
import type { ApiErrorCode } from '../api/api-error.ts';

/** The translated sentence for an API error code, with the wait time when rate limited. */
export function useErrorCodeMessage(): (failure: {
  code: ApiErrorCode;
  retryAfterSeconds?: number | null;
}) => string {
  const { t } = useTranslation();
  return ({ code, retryAfterSeconds }) => {
    const message = t(`errors.code.${code}`);
    if (code !== 'rate_limited' || !retryAfterSeconds) return message;
    return `${message} ${t('errors.retryAfter', { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) })}`;
  };
}
