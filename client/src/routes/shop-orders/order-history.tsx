import { useTranslation } from 'react-i18next';
import type { ShopOrder } from '@e-galleria/shared/orders';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';

/**
 * Every status change of an order: to what, when and by whom, folded away by default (a reason
 * given is on the order itself).
 */
export function OrderHistory({ history }: { history: ShopOrder['history'] }) {
  const { t } = useTranslation();
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
          // One line of text per step: the status badges above stay the only place a status
          // stands alone.
          return (
            <li key={`${entry.status}-${entry.at}`}>
              {`${t(`orders.status.${entry.status}`)} · ${formatDateTime(entry.at, locale)} · ${who}`}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
