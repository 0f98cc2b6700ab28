import { useTranslation } from 'react-i18next';
import type { OrderHistoryStep } from '@e-galleria/shared/orders';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { useStatusText } from '../orders/order-parts.tsx';

/** The shop's steps carry the client's minimised address; the municipality's do not. */
type Step = OrderHistoryStep & { ip?: string | null };

/**
 * Every status change of an order: to what, when, by whom and from where (the surface, the
 * kind of device and, for the shop, the address cut to its network), folded away by default
 * (a reason given is on the order itself).
 */
export function OrderHistory({
  history,
  isBooking,
}: {
  history: readonly Step[];
  /** A booking's steps read "Bokad", "Bekräftad", "Utförd" (decision 0067), or "Kom inte" (0074). */
  isBooking: boolean;
}) {
  const { t } = useTranslation();
  const statusText = useStatusText();
  const locale = useLocale();
  return (
    <details className="order-history">
      <summary>{t('shopOrders.history')}</summary>
      <ol>
        {history.map((entry) => {
          const who = entry.actorName
            ? t('shopOrders.historyBy.person', { name: entry.actorName })
            : entry.actorKind === 'customer'
              ? t('shopOrders.historyBy.customer')
              : t('shopOrders.historyBy.system');
          // Steps recorded before "from where" was kept have none of it: nothing is shown.
          const where = [
            entry.channel ? t(`shopOrders.historyChannel.${entry.channel}`) : null,
            entry.device ? t(`shopOrders.historyDevice.${entry.device}`) : null,
          ]
            .filter(Boolean)
            .join(', ');
          const parts = [
            statusText(entry.status, isBooking, entry.event),
            formatDateTime(entry.at, locale),
            who,
            where,
            entry.ip ? t('shopOrders.historyIp', { ip: entry.ip }) : '',
          ];
          // One line of text per step: the status badges above stay the only place a status
          // stands alone.
          return <li key={`${entry.status}-${entry.at}`}>{parts.filter(Boolean).join(' · ')}</li>;
        })}
      </ol>
    </details>
  );
}
