import { useTranslation } from 'react-i18next';
import type { PickList } from '@e-galleria/shared/orders';
import { TableScroll } from '../../components/table-scroll.tsx';

/** What to take from the shelves for the accepted orders in view; prints on its own. */
export function PickListSection({ pickList }: { pickList: PickList }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="pick-list" className="panel pick-list">
      <h2 id="pick-list">{t('shopFulfilment.pickList.heading')}</h2>
      {pickList.items.length === 0 ? (
        <p>{t('shopFulfilment.pickList.empty')}</p>
      ) : (
        <>
          <p>{t('shopFulfilment.pickList.intro', { count: pickList.orderCount })}</p>
          <TableScroll label={t('shopFulfilment.pickList.caption')}>
            <table className="data-table">
              <caption className="visually-hidden">{t('shopFulfilment.pickList.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('shopFulfilment.pickList.item')}</th>
                  <th scope="col" className="numeric">
                    {t('shopFulfilment.pickList.quantity')}
                  </th>
                  <th scope="col">{t('shopFulfilment.pickList.orders')}</th>
                </tr>
              </thead>
              <tbody>
                {pickList.items.map((item) => (
                  <tr key={`${item.productId}-${item.variantName ?? ''}`}>
                    <th scope="row">
                      {item.title}
                      {item.variantName ? `, ${item.variantName}` : ''}
                    </th>
                    <td className="numeric">{item.quantity}</td>
                    <td>
                      {item.orders
                        .map((order) =>
                          t('shopFulfilment.pickList.orderPart', {
                            name: order.customerName,
                            quantity: order.quantity,
                          }),
                        )
                        .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="no-print">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => window.print()}
            >
              {t('shopFulfilment.pickList.print')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
