import { Form, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { shopOrderQueueNames } from '@e-galleria/shared/order-queues';

export const allQueues = 'alla';

/** Which orders to see: a queue of the day, and where and when they are collected. */
export function ShopOrderFilterForm({
  servicePoints,
}: {
  servicePoints: readonly { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const queue = searchParams.get('queue') ?? 'to_handle';
  const servicePointId = searchParams.get('servicePointId') ?? '';
  const pickupDate = searchParams.get('pickupDate') ?? '';
  return (
    <Form
      method="get"
      className="form--inline catalogue-filter no-print"
      key={`${queue}|${servicePointId}|${pickupDate}`}
    >
      <div className="field">
        <label htmlFor="order-queue-filter" className="field__label">
          {t('shopFulfilment.queue')}
        </label>
        <select
          id="order-queue-filter"
          name="queue"
          className="input input--compact"
          defaultValue={queue}
        >
          {shopOrderQueueNames.map((name) => (
            <option key={name} value={name}>
              {t(`shopFulfilment.queues.${name}`)}
            </option>
          ))}
          <option value={allQueues}>{t('shopFulfilment.allQueues')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="order-place-filter" className="field__label">
          {t('shopFulfilment.servicePoint')}
        </label>
        <select
          id="order-place-filter"
          name="servicePointId"
          className="input input--compact"
          defaultValue={servicePointId}
        >
          <option value="">{t('shopFulfilment.allPlaces')}</option>
          {servicePoints.map((point) => (
            <option key={point.id} value={point.id}>
              {point.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="order-date-filter" className="field__label">
          {t('shopFulfilment.pickupDate')}
        </label>
        <input
          id="order-date-filter"
          type="date"
          name="pickupDate"
          className="input input--compact"
          defaultValue={pickupDate}
        />
      </div>
      <button type="submit" className="button button--secondary button--compact">
        {t('shopFulfilment.showFilter')}
      </button>
    </Form>
  );
}
