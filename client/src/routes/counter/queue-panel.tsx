import { useTranslation } from 'react-i18next';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import type { QueuedAction } from './counter-queue.ts';
import { useParcelRefusal } from './parcel-refusal.ts';

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
  const refusalOf = useParcelRefusal();
  if (queue.length === 0) return null;
  // Refusals stay until read; after a day offline they can be many, each with its own button.
  const refused = queue.filter((action) => action.failure);
  return (
    <section aria-labelledby="queue-heading" className="panel counter-panel counter-queue">
      <h2 id="queue-heading">{t('counter.queue.heading')}</h2>
      {refused.length > 1 ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              for (const action of refused) onDismiss(action.id);
            }}
          >
            {t('counter.queue.dismissAll', { count: refused.length })}
          </button>
        </p>
      ) : null}
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
                        : refusalOf(action.kind, action.failure),
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
