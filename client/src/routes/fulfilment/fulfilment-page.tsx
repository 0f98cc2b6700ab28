import { useState } from 'react';
import {
  type ActionFunctionArgs,
  Form,
  Link,
  type LoaderFunctionArgs,
  useActionData,
  useLoaderData,
  useNavigation,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FulfilmentSettings } from '@e-galleria/shared/fulfilment';
import { fetchFulfilment, saveFulfilment } from '../../api/fulfilment-api.ts';
import { fetchShop } from '../../api/shops-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { fieldId } from '../../lib/field-error-message.ts';
import { formatSwedishDayAndTime } from '../../lib/format-date.ts';
import { type FormFailure, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { useRootData } from '../root-data.ts';
import { useRows } from '../shop-catalogue/use-rows.ts';
import { readFulfilmentForm } from './fulfilment-form-body.ts';
import { ScheduleFieldset, type ScheduleEntry } from './schedule-fieldset.tsx';

async function loadFulfilmentPage({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  try {
    const [{ shop }, { fulfilment }] = await Promise.all([
      fetchShop(shopId, request.signal),
      fetchFulfilment(shopId, request.signal),
    ]);
    return { shop, fulfilment };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

async function fulfilmentAction({ params, request }: ActionFunctionArgs) {
  const parsed = readFulfilmentForm(await request.formData());
  if (parsed.failure) return { failure: parsed.failure, isSaved: false };
  try {
    await saveFulfilment(params.shopId ?? '', parsed.body);
    return { failure: null, isSaved: true };
  } catch (error) {
    return { failure: toFormFailure(error), isSaved: false };
  }
}

function FulfilmentPage() {
  const { t } = useTranslation();
  const { shop, fulfilment } = useLoaderData<typeof loadFulfilmentPage>();
  const result = useActionData<typeof fulfilmentAction>();
  const failure = result?.failure ?? null;
  const isBusy = useNavigation().state === 'submitting';
  const { me } = useRootData();
  // Admins of the municipality may read the settings; the shop's owner and staff change them.
  const canManage = Boolean(
    me?.roles.some(
      (held) =>
        (held.role === 'shop_owner' || held.role === 'shop_staff') &&
        held.scope.type === 'shop' &&
        held.scope.id === shop.id,
    ),
  );
  const points = useRows<ScheduleEntry>(fulfilment.servicePoints);
  const upcomingById = new Map(
    fulfilment.servicePoints.map((saved) => [saved.servicePoint.id, saved.upcoming]),
  );
  const labels = fieldLabels(
    t,
    points.rows.map(({ row }) => row),
  );
  return (
    <div className="page">
      <p>
        <Link to={`/konto/butiker/${shop.id}`}>
          {t('fulfilment.owner.backToShop', { shop: shop.name })}
        </Link>
      </p>
      <PageHeading title={t('fulfilment.owner.title', { shop: shop.name })} />
      <p>{t('fulfilment.owner.intro')}</p>
      {canManage ? null : <p>{t('fulfilment.owner.readOnly')}</p>}
      <StatusMessage
        message={result?.isSaved && !isBusy ? t('fulfilment.owner.saved') : null}
        focusOnShow
      />
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <Form method="post" className="form" noValidate>
        <fieldset disabled={!canManage} className="fieldset--plain">
          <PickupInShopPanel fulfilment={fulfilment} failure={failure} />
          <section aria-labelledby="service-points-heading" className="panel">
            <h2 id="service-points-heading">{t('fulfilment.owner.servicePointsHeading')}</h2>
            <p>{t('fulfilment.owner.servicePointsIntro')}</p>
            {points.rows.length === 0 ? <p>{t('fulfilment.owner.noServicePoints')}</p> : null}
            {points.rows.map(({ key, row }, index) => (
              <ScheduleFieldset
                key={key}
                index={index}
                entry={row}
                upcoming={upcomingById.get(row.servicePoint.id)}
                failure={failure}
                onRemove={() => points.remove(key)}
              />
            ))}
            <AddServicePoint
              available={fulfilment.availableServicePoints.filter(
                (point) => !points.rows.some(({ row }) => row.servicePoint.id === point.id),
              )}
              onAdd={(point) =>
                points.add({
                  servicePoint: { ...point, status: 'active' },
                  isActive: true,
                  deliveries: [{ weekday: 4, cutoffWeekday: 2, cutoffTime: '18:00' }],
                })
              }
            />
          </section>
          <SubmitButton isBusy={isBusy}>{t('fulfilment.owner.save')}</SubmitButton>
        </fieldset>
      </Form>
    </div>
  );
}

function PickupInShopPanel(props: { fulfilment: FulfilmentSettings; failure: FormFailure | null }) {
  const { fulfilment, failure } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const earliest = fulfilment.pickupInShop.earliest;
  return (
    <section aria-labelledby="in-shop-heading" className="panel">
      <h2 id="in-shop-heading">{t('fulfilment.owner.inShopHeading')}</h2>
      <div className="field field--checkbox">
        <input
          id={fieldId('pickupInShop.enabled')}
          type="checkbox"
          name="pickupInShop.enabled"
          defaultChecked={fulfilment.pickupInShop.enabled}
        />
        <label htmlFor={fieldId('pickupInShop.enabled')}>
          {t('fulfilment.owner.inShopEnabled')}
        </label>
      </div>
      <TextField
        name="pickupInShop.preparationMinutes"
        label={t('fulfilment.owner.preparationMinutes')}
        hint={t('fulfilment.owner.preparationHint')}
        inputMode="numeric"
        failure={failure}
        defaultValue={String(fulfilment.pickupInShop.preparationMinutes)}
      />
      {fulfilment.pickupInShop.enabled ? (
        <p className="field__hint">
          {t('fulfilment.owner.previewHeading')}:{' '}
          {earliest
            ? t('fulfilment.owner.previewShop', {
                readyAt: formatSwedishDayAndTime(earliest.readyAt, locale),
              })
            : t('fulfilment.owner.previewNone')}
        </p>
      ) : null}
    </section>
  );
}

function AddServicePoint(props: {
  available: FulfilmentSettings['availableServicePoints'];
  onAdd: (point: FulfilmentSettings['availableServicePoints'][number]) => void;
}) {
  const { available, onAdd } = props;
  const { t } = useTranslation();
  const [chosen, setChosen] = useState('');
  if (available.length === 0) return <p>{t('fulfilment.owner.noAvailable')}</p>;
  const point = available.find((candidate) => candidate.id === chosen) ?? available[0];
  // No name: the choice is not sent, it only adds a fieldset to the form.
  return (
    <div className="form--inline">
      <div className="field">
        <label htmlFor="add-service-point" className="field__label">
          {t('fulfilment.owner.addServicePointLabel')}
        </label>
        <select
          id="add-service-point"
          className="input"
          value={point?.id ?? ''}
          onChange={(event) => setChosen(event.target.value)}
        >
          {available.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {t('fulfilment.owner.pointName', {
                name: candidate.name,
                village: candidate.village,
              })}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          if (point) onAdd(point);
        }}
      >
        {t('fulfilment.owner.addServicePoint')}
      </button>
    </div>
  );
}

/** Labels for the error summary: every field path on the form, named for people. */
/** The few keys the labels use: a narrow type keeps TypeScript off i18next's full key union. */
type LabelKey =
  | 'fulfilment.owner.preparationMinutes'
  | 'fulfilment.owner.servicePointsHeading'
  | 'fulfilment.owner.weekday'
  | 'fulfilment.owner.cutoffWeekday'
  | 'fulfilment.owner.cutoffTime';

function fieldLabels(
  t: {
    (key: LabelKey): string;
    (key: 'fulfilment.owner.deliveryLegend', options: { number: number }): string;
  },
  entries: readonly ScheduleEntry[],
): Record<string, string> {
  const labels: Record<string, string> = {
    'pickupInShop.preparationMinutes': t('fulfilment.owner.preparationMinutes'),
    servicePoints: t('fulfilment.owner.servicePointsHeading'),
  };
  entries.forEach((entry, index) => {
    const name = entry.servicePoint.name;
    labels[`servicePoints.${index}.servicePointId`] = name;
    labels[`servicePoints.${index}.deliveries`] = name;
    // Rows added since loading live in the fieldset; a point has at most one per weekday.
    for (let row = 0; row < 7; row++) {
      const prefix = `${name}, ${t('fulfilment.owner.deliveryLegend', { number: row + 1 })}`;
      for (const field of ['weekday', 'cutoffWeekday', 'cutoffTime'] as const)
        labels[`servicePoints.${index}.deliveries.${row}.${field}`] =
          `${prefix}: ${t(`fulfilment.owner.${field}`)}`;
    }
  });
  return labels;
}

export const route = {
  loader: loadFulfilmentPage,
  action: fulfilmentAction,
  Component: FulfilmentPage,
};
