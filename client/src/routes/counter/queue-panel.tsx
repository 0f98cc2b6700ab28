import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import type { QueuedAction } from './counter-queue.ts';

/** Actions kept on the phone: waiting for a connection, or refused and waiting to be read. */
export function QueuePanel({
  queue,
  onDismiss,
}: {
  queue: readonly QueuedAction[];
  onDismiss: (actionId: string) => void;
}) {
  const { t } = useTranslation();
  const describeCode = useErrorCodeMessage();
  if (queue.length === 0) return null;
  return (
    <section aria-labelledby="queue-heading" className="panel counter-panel counter-queue">
      <h2 id="queue-heading">{t('counter.queue.heading')}</h2>
      <ul className="counter-parcels">
        {queue.map((action) => (
          <li key={action.id} className="counter-parcel">
            <span>
              {action.kind === 'confirm'
                ? t('counter.queue.confirm', {
                    name: action.residentName,
                    count: action.orderIds.length,
                  })
                : t(`counter.queue.${action.kind}`, { code: action.parcelCode })}
            </span>{' '}
            {action.failure ? (
              <>
                <span className="field__error">
                  {t('counter.queue.failed', {
                    reason:
                      action.kind === 'confirm'
                        ? describeCode(action.failure)
                        : (parcelRefusal(t, action.kind, action.failure.code) ??
                          describeCode(action.failure)),
                  })}
                </span>{' '}
                <button
                  type="button"
                  className="button button--secondary button--compact"
                  onClick={() => onDismiss(action.id)}
                >
                  {t('counter.queue.dismiss')}
                </button>
              </>
            ) : (
              <span className="badge">{t('counter.queue.pending')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A parcel code the server refused, told as the counter sees it: the general "not possible
 * in the current status. Reload the page" could not help the operator holding the parcel.
 */
function parcelRefusal(t: TFunction, kind: 'check_in' | 'send_back', code: string): string | null {
  if (code === 'not_found') return t('counter.queue.refused.not_found');
  if (code === 'status_conflict') return t(`counter.queue.refused.${kind}_status_conflict`);
  return null;
}
