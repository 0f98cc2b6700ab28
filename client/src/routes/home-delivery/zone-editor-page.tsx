import {
  type ActionFunctionArgs,
  Form,
  Link,
  type LoaderFunctionArgs,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DeliveryZone } from '@e-galleria/shared/home-delivery';
import { ApiError } from '../../api/api-error.ts';
import {
  fetchMunicipalityHomeDelivery,
  removeDeliveryZone,
  saveDeliveryZone,
} from '../../api/home-delivery-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextField } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { fieldId, translateFieldError } from '../../lib/field-error-message.ts';
import { readText } from '../../lib/form-data.ts';
import { type FormFailure, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { useRows } from '../shop-catalogue/use-rows.ts';
import { formatPostalCode } from '../households/paths.ts';
import { placeIndexName, readZoneForm, renameFields, weekdays } from './home-delivery-forms.ts';
import { adminHomeDeliveryPath } from './paths.ts';

async function loadZoneEditor({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  try {
    const { homeDelivery } = await fetchMunicipalityHomeDelivery(slug, request.signal);
    const zone = params.zoneId
      ? homeDelivery.zones.find((candidate) => candidate.id === params.zoneId)
      : null;
    if (zone === undefined) throw new ApiError({ code: 'not_found', status: 404 });
    return { municipality: homeDelivery.municipality, zone };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

async function zoneEditorAction({ params, request }: ActionFunctionArgs) {
  const slug = params.slug ?? '';
  const formData = await request.formData();
  try {
    if (readText(formData, 'intent') === 'remove' && params.zoneId) {
      await removeDeliveryZone(slug, params.zoneId);
      return redirect(adminHomeDeliveryPath(slug));
    }
    const { body, routeDayFields } = readZoneForm(formData);
    try {
      await saveDeliveryZone(slug, params.zoneId ?? null, body);
    } catch (error) {
      return { failure: renameFields(toFormFailure(error), routeDayFields) };
    }
    return redirect(adminHomeDeliveryPath(slug));
  } catch (error) {
    return { failure: toFormFailure(error) };
  }
}

/** Time of day a cut-off falls, as the select offers it: noon the day before by default. */
const defaultRouteDay = { daysBefore: 1, cutoffTime: '12:00' };

function ZoneEditorPage() {
  const { t } = useTranslation();
  const { municipality, zone } = useLoaderData<typeof loadZoneEditor>();
  const failure = useActionData<typeof zoneEditorAction>()?.failure ?? null;
  const isBusy = useNavigation().state === 'submitting';
  const places = useRows(zone?.places ?? [{ postalCode: '', village: '', isLargeLocality: false }]);
  const labels: Record<string, string> = {
    name: t('homeDelivery.zone.name'),
    routeDays: t('homeDelivery.zone.routeDaysLegend'),
    places: t('homeDelivery.zone.placesLegend'),
  };
  weekdays.forEach((day) => {
    const name = t(`homeDelivery.weekdays.${String(day) as '1'}`);
    labels[`day.${day}`] = name;
    labels[`day.${day}.cutoffTime`] = `${name}: ${t('homeDelivery.zone.cutoffTime')}`;
    labels[`day.${day}.cutoffWeekday`] = `${name}: ${t('homeDelivery.zone.daysBefore')}`;
  });
  places.rows.forEach((_, index) => {
    const row = t('homeDelivery.zone.placeLegend', { number: index + 1 });
    labels[`places.${index}.postalCode`] = `${row}: ${t('homeDelivery.zone.postalCode')}`;
    labels[`places.${index}.village`] = `${row}: ${t('homeDelivery.zone.village')}`;
  });
  const title = zone
    ? t('homeDelivery.zone.editTitle', { zone: zone.name })
    : t('homeDelivery.zone.newTitle', { municipality: municipality.name });
  return (
    <div className="page">
      <p>
        <Link to={adminHomeDeliveryPath(municipality.slug)}>
          {t('homeDelivery.admin.backToHomeDelivery')}
        </Link>
      </p>
      <PageHeading title={title} />
      <p>{t('homeDelivery.zone.intro')}</p>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <Form method="post" className="form" noValidate>
        <TextField
          name="name"
          label={labels.name ?? ''}
          failure={failure}
          defaultValue={zone?.name ?? ''}
          required
        />
        <div className="field field--checkbox">
          <input
            id={fieldId('isActive')}
            type="checkbox"
            name="isActive"
            defaultChecked={zone?.isActive ?? true}
          />
          <label htmlFor={fieldId('isActive')}>{t('homeDelivery.zone.isActive')}</label>
        </div>
        <RouteDaysFieldset zone={zone} failure={failure} />
        <fieldset className="fieldset">
          <legend>{labels.places}</legend>
          <p className="field__hint">{t('homeDelivery.zone.placesHint')}</p>
          <FieldsetError failure={failure} field="places" />
          {places.rows.map(({ key, row }, index) => (
            <div
              key={key}
              className="repeat-row"
              role="group"
              aria-label={t('homeDelivery.zone.placeLegend', { number: index + 1 })}
            >
              <input type="hidden" name={placeIndexName} value={index} />
              <TextField
                name={`places.${index}.postalCode`}
                label={t('homeDelivery.zone.postalCode')}
                inputMode="numeric"
                autoComplete="off"
                failure={failure}
                defaultValue={row.postalCode ? formatPostalCode(row.postalCode) : ''}
              />
              <TextField
                name={`places.${index}.village`}
                label={t('homeDelivery.zone.village')}
                autoComplete="off"
                failure={failure}
                defaultValue={row.village}
              />
              <div className="field field--checkbox">
                <input
                  id={fieldId(`places.${index}.isLargeLocality`)}
                  type="checkbox"
                  name={`places.${index}.isLargeLocality`}
                  defaultChecked={row.isLargeLocality}
                />
                <label htmlFor={fieldId(`places.${index}.isLargeLocality`)}>
                  {t('homeDelivery.zone.isLargeLocality')}
                </label>
              </div>
              <button
                type="button"
                className="button button--secondary button--compact"
                onClick={() => places.remove(key)}
              >
                {t('homeDelivery.zone.removePlace', { number: index + 1 })}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => places.add({ postalCode: '', village: '', isLargeLocality: false })}
          >
            {t('homeDelivery.zone.addPlace')}
          </button>
        </fieldset>
        <SubmitButton isBusy={isBusy}>{t('homeDelivery.zone.save')}</SubmitButton>
      </Form>
      {zone ? (
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="remove" />
          <p className="field__hint">{t('homeDelivery.zone.removeHint')}</p>
          <SubmitButton isBusy={isBusy} className="button button--secondary">
            {t('homeDelivery.zone.remove', { zone: zone.name })}
          </SubmitButton>
        </Form>
      ) : null}
    </div>
  );
}

/** One row per weekday: whether goods are driven out that day, and the cut-off before it. */
function RouteDaysFieldset(props: { zone: DeliveryZone | null; failure: FormFailure | null }) {
  const { zone, failure } = props;
  const { t } = useTranslation();
  const saved = new Map(zone?.routeDays.map((day) => [day.weekday, day]) ?? []);
  const daysBeforeOptions = [0, 1, 2, 3, 4, 5, 6].map((days) => ({
    value: String(days),
    label: t('homeDelivery.zone.daysBeforeOption', { count: days }),
  }));
  return (
    <fieldset className="fieldset">
      <legend>{t('homeDelivery.zone.routeDaysLegend')}</legend>
      <p className="field__hint">{t('homeDelivery.zone.routeDaysHint')}</p>
      <FieldsetError failure={failure} field="routeDays" />
      {weekdays.map((day) => {
        const routeDay = saved.get(day);
        const daysBefore = routeDay
          ? (day - routeDay.cutoffWeekday + 7) % 7
          : defaultRouteDay.daysBefore;
        const name = t(`homeDelivery.weekdays.${String(day) as '1'}`);
        return (
          <div key={day} className="repeat-row" role="group" aria-label={name}>
            <div className="field field--checkbox">
              <input
                id={fieldId(`day.${day}`)}
                type="checkbox"
                name={`day.${day}.on`}
                defaultChecked={Boolean(routeDay)}
              />
              <label htmlFor={fieldId(`day.${day}`)}>
                {t('homeDelivery.zone.drivenOn', { day: name })}
              </label>
            </div>
            <SelectField
              name={`day.${day}.daysBefore`}
              label={t('homeDelivery.zone.daysBefore')}
              failure={failure}
              options={daysBeforeOptions}
              defaultValue={String(daysBefore)}
            />
            <TextField
              name={`day.${day}.cutoffTime`}
              type="time"
              label={t('homeDelivery.zone.cutoffTime')}
              failure={failure}
              defaultValue={routeDay?.cutoffTime ?? defaultRouteDay.cutoffTime}
            />
          </div>
        );
      })}
    </fieldset>
  );
}

/** An error about a list as a whole (no route day, a weekday twice). */
function FieldsetError({ failure, field }: { failure: FormFailure | null; field: string }) {
  const { t } = useTranslation();
  const errors = failure?.fieldErrors.filter((error) => error.field === field) ?? [];
  if (errors.length === 0) return null;
  return (
    <p id={fieldId(field)} className="field__error" tabIndex={-1}>
      {errors.map((error) => translateFieldError(t, error)).join(' ')}
    </p>
  );
}

export const route = {
  loader: loadZoneEditor,
  action: zoneEditorAction,
  Component: ZoneEditorPage,
};
