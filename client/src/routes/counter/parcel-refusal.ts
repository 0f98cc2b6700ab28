import { useTranslation } from 'react-i18next';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';

type Failure = Parameters<ReturnType<typeof useErrorCodeMessage>>[0];

/**
 * Why the server refused a parcel code, told as the counter sees it: the general "not
 * possible in the current status. Reload the page" could not help the operator holding the
 * parcel. Other refusals are told as everywhere else.
 */
export function useParcelRefusal(): (kind: 'check_in' | 'send_back', failure: Failure) => string {
  const { t } = useTranslation();
  const describeCode = useErrorCodeMessage();
  return (kind, failure) => {
    if (failure.code === 'not_found') return t('counter.queue.refused.not_found');
    if (failure.code === 'status_conflict')
      return t(`counter.queue.refused.${kind}_status_conflict`);
    return describeCode(failure);
  };
}
