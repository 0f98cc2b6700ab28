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
import type { Carrier, DeliveryZone } from '@e-galleria/shared/home-delivery';
import { ApiError } from '../../api/api-error.ts';
import {
  fetchMunicipalityHomeDelivery,
  inviteCarrierStaff,
  listCarrierInvitations,
  listCarrierStaff,
  saveCarrier,
} from '../../api/home-delivery-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { fieldId, translateFieldError } from '../../lib/field-error-message.ts';
import { readText } from '../../lib/form-data.ts';
import { type FormFailure, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { CarrierStaffPanel, inviteStaffIntent } from './carrier-staff-panel.tsx';
import { readCarrierForm, renameFields } from './home-delivery-forms.ts';
import { adminHomeDeliveryPath, carrierEditorPath } from './paths.ts';

async function loadCarrierEditor({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  try {
    const { homeDelivery } = await fetchMunicipalityHomeDelivery(slug, request.signal);
    const carrier = params.carrierId
      ? homeDelivery.carriers.find((candidate) => candidate.id === params.carrierId)
      : null;
    if (carrier === undefined) throw new ApiError({ code: 'not_found', status: 404 });
    const [staff, invitations] = carrier
      ? await Promise.all([
          listCarrierStaff(slug, carrier.id, request.signal),
          listCarrierInvitations(slug, carrier.id, request.signal),
        ])
      : [{ items: [] }, { items: [] }];
    return {
      municipality: homeDelivery.municipality,
      zones: homeDelivery.zones,
      carrier,
      staff: staff.items,
      invitations: invitations.items,
    };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

type ActionResult = { intent: string; failure: FormFailure | null; sentTo: string | null };

async function carrierEditorAction({ params, request }: ActionFunctionArgs) {
  const slug = params.slug ?? '';
  const formData = await request.formData();
  const intent = readText(formData, 'intent');
  if (intent === inviteStaffIntent) {
    const email = readText(formData, 'email').trim();
    try {
      await inviteCarrierStaff(slug, params.carrierId ?? '', {
        email,
        locale: readText(formData, 'locale') === 'en' ? 'en' : 'sv',
      });
      return { intent, failure: null, sentTo: email } satisfies ActionResult;
    } catch (error) {
      return { intent, failure: toFormFailure(error), sentTo: null } satisfies ActionResult;
    }
  }
  const zoneIds = formData.getAll('zoneId').map(String);
  const { body, zoneFields } = readCarrierForm(formData, zoneIds);
  try {
    const { carrier } = await saveCarrier(slug, params.carrierId ?? null, body);
    // A new carrier stays on its page: its staff are invited there.
    return redirect(
      params.carrierId ? adminHomeDeliveryPath(slug) : carrierEditorPath(slug, carrier.id),
    );
  } catch (error) {
    return {
      intent,
      failure: renameFields(toFormFailure(error), zoneFields),
      sentTo: null,
    } satisfies ActionResult;
  }
}

function CarrierEditorPage() {
  const { t } = useTranslation();
  const { municipality, zones, carrier, staff, invitations } =
    useLoaderData<typeof loadCarrierEditor>();
  const result = useActionData<typeof carrierEditorAction>() ?? null;
  const isBusy = useNavigation().state === 'submitting';
  const failure = result && result.intent !== inviteStaffIntent ? result.failure : null;
  const labels: Record<string, string> = {
    name: t('homeDelivery.carrier.name'),
    orgNumber: t('homeDelivery.carrier.orgNumber'),
    contactName: t('homeDelivery.carrier.contactName'),
    contactEmail: t('homeDelivery.carrier.contactEmail'),
    contactPhone: t('homeDelivery.carrier.contactPhone'),
  };
  for (const zone of zones) labels[`zone.${zone.id}.weekdays`] = zone.name;
  const title = carrier
    ? t('homeDelivery.carrier.editTitle', { carrier: carrier.name })
    : t('homeDelivery.carrier.newTitle', { municipality: municipality.name });
  return (
    <div className="page">
      <p>
        <Link to={adminHomeDeliveryPath(municipality.slug)}>
          {t('homeDelivery.admin.backToHomeDelivery')}
        </Link>
      </p>
      <PageHeading title={title} />
      <p>{t('homeDelivery.carrier.intro')}</p>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <Form method="post" className="form" noValidate>
        <TextField
          name="name"
          label={labels.name ?? ''}
          failure={failure}
          defaultValue={carrier?.name ?? ''}
          required
        />
        <TextField
          name="orgNumber"
          label={labels.orgNumber ?? ''}
          hint={t('homeDelivery.carrier.orgNumberHint')}
          failure={failure}
          defaultValue={carrier?.orgNumber ?? ''}
          required
        />
        <TextField
          name="contactName"
          label={labels.contactName ?? ''}
          failure={failure}
          defaultValue={carrier?.contactName ?? ''}
        />
        <TextField
          name="contactEmail"
          type="email"
          label={labels.contactEmail ?? ''}
          failure={failure}
          defaultValue={carrier?.contactEmail ?? ''}
        />
        <TextField
          name="contactPhone"
          type="tel"
          label={labels.contactPhone ?? ''}
          failure={failure}
          defaultValue={carrier?.contactPhone ?? ''}
        />
        <div className="field field--checkbox">
          <input
            id={fieldId('isActive')}
            type="checkbox"
            name="isActive"
            defaultChecked={carrier?.isActive ?? true}
          />
          <label htmlFor={fieldId('isActive')}>{t('homeDelivery.carrier.isActive')}</label>
        </div>
        <h2>{t('homeDelivery.carrier.zonesHeading')}</h2>
        <p>{t('homeDelivery.carrier.zonesIntro')}</p>
        {zones.length === 0 ? <p>{t('homeDelivery.admin.noZones')}</p> : null}
        {zones.map((zone) => (
          <ZoneDays key={zone.id} zone={zone} carrier={carrier} failure={failure} />
        ))}
        <SubmitButton isBusy={isBusy}>{t('homeDelivery.carrier.save')}</SubmitButton>
      </Form>
      {carrier ? (
        <CarrierStaffPanel
          staff={staff}
          invitations={invitations}
          failure={result?.intent === inviteStaffIntent ? result.failure : null}
          sentTo={result?.sentTo ?? null}
        />
      ) : (
        <p>{t('homeDelivery.carrier.staffAfterSave')}</p>
      )}
    </div>
  );
}

/** The zone's route days as checkboxes: the carrier drives there on the ticked ones. */
function ZoneDays(props: {
  zone: DeliveryZone;
  carrier: Carrier | null;
  failure: FormFailure | null;
}) {
  const { zone, carrier, failure } = props;
  const { t } = useTranslation();
  const driven = new Set(
    carrier?.zones.find((candidate) => candidate.zoneId === zone.id)?.weekdays ?? [],
  );
  const field = `zone.${zone.id}.weekdays`;
  const error = failure?.fieldErrors.find(
    (candidate) => candidate.field === field || candidate.field === `zone.${zone.id}.zoneId`,
  );
  return (
    <fieldset className="fieldset">
      <legend>{zone.name}</legend>
      <input type="hidden" name="zoneId" value={zone.id} />
      {error ? (
        <p id={fieldId(field)} className="field__error" tabIndex={-1}>
          {translateFieldError(t, error)}
        </p>
      ) : null}
      {zone.routeDays.length === 0 ? <p>{t('homeDelivery.carrier.noRouteDays')}</p> : null}
      <ul className="inline-list">
        {zone.routeDays.map((day) => {
          const id = fieldId(`${field}.${day.weekday}`);
          return (
            <li key={day.weekday} className="field field--checkbox">
              <input
                id={id}
                type="checkbox"
                name={field}
                value={day.weekday}
                defaultChecked={driven.has(day.weekday)}
              />
              <label htmlFor={id}>{t(`homeDelivery.weekdays.${String(day.weekday) as '1'}`)}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export const route = {
  loader: loadCarrierEditor,
  action: carrierEditorAction,
  Component: CarrierEditorPage,
};
