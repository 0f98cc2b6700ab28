import {
  type ActionFunctionArgs,
  Link,
  type LoaderFunctionArgs,
  useActionData,
  useLoaderData,
  useNavigation,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MunicipalityHomeDelivery } from '@e-galleria/shared/home-delivery';
import {
  createAgreement,
  fetchMunicipalityHomeDelivery,
  removeAgreement,
  updateAgreement,
  saveHomeDeliverySettings,
} from '../../api/home-delivery-api.ts';
import { listMunicipalityShops } from '../../api/shops-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { readText } from '../../lib/form-data.ts';
import { type FormFailure, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { AgreementsPanel } from './agreements-panel.tsx';
import { CarrierReportsPanel } from './carrier-reports-panel.tsx';
import { readAgreementForm, readSettingsForm } from './home-delivery-forms.ts';
import { carrierEditorPath, publicHomeDeliveryPath, zoneEditorPath } from './paths.ts';
import { SettingsPanel } from './settings-panel.tsx';
import { useWeekdayList } from './weekday-text.ts';

/** Another municipality's admin gets 403 here: the error page says so. */
async function loadAdminHomeDelivery({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  try {
    const [{ homeDelivery }, shops] = await Promise.all([
      fetchMunicipalityHomeDelivery(slug, request.signal),
      listMunicipalityShops(slug, 'published', request.signal),
    ]);
    return { homeDelivery, shops: shops.items };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

type ActionResult = {
  intent: string;
  failure: FormFailure | null;
  savedAt: number | null;
  /** The agreement a change was for, so its own form shows what went wrong. */
  agreementId: string | null;
};

async function adminHomeDeliveryAction({
  params,
  request,
}: ActionFunctionArgs): Promise<ActionResult> {
  const slug = params.slug ?? '';
  const formData = await request.formData();
  const intent = readText(formData, 'intent');
  const agreementId = intent === 'update-agreement' ? readText(formData, 'agreementId') : null;
  const done = (failure: FormFailure | null): ActionResult => ({
    intent,
    failure,
    savedAt: failure ? null : Date.now(),
    agreementId,
  });
  try {
    if (intent === 'settings') {
      const parsed = readSettingsForm(formData);
      if (parsed.failure) return done(parsed.failure);
      await saveHomeDeliverySettings(slug, parsed.body);
    } else if (intent === 'agreement') {
      await createAgreement(slug, readAgreementForm(formData));
    } else if (intent === 'update-agreement' && agreementId) {
      await updateAgreement(slug, agreementId, readAgreementForm(formData, `${agreementId}.`));
    } else if (intent === 'remove-agreement') {
      await removeAgreement(slug, readText(formData, 'agreementId'));
    }
    return done(null);
  } catch (error) {
    return done(toFormFailure(error));
  }
}

function AdminHomeDeliveryPage() {
  const { t } = useTranslation();
  const { homeDelivery, shops } = useLoaderData<typeof loadAdminHomeDelivery>();
  const result = useActionData<typeof adminHomeDeliveryAction>() ?? null;
  const isBusy = useNavigation().state === 'submitting';
  const { municipality } = homeDelivery;
  const doneMessages: Record<string, string> = {
    settings: t('homeDelivery.admin.settingsSaved'),
    agreement: t('homeDelivery.admin.agreementSaved'),
    'update-agreement': t('homeDelivery.admin.agreementSaved'),
    'remove-agreement': t('homeDelivery.admin.agreementRemoved'),
  };
  const message =
    result && !result.failure && !isBusy ? (doneMessages[result.intent] ?? null) : null;
  const failureOf = (intent: string) => (result?.intent === intent ? result.failure : null);
  return (
    <div className="page">
      <p>
        <Link to={`/admin/kommun/${municipality.slug}`}>
          {t('homeDelivery.admin.backToSettings')}
        </Link>
      </p>
      <PageHeading title={t('homeDelivery.admin.title', { municipality: municipality.name })} />
      <p>{t('homeDelivery.admin.intro')}</p>
      <p>
        <Link to={publicHomeDeliveryPath(municipality.slug)}>
          {t('homeDelivery.admin.publicPageLink')}
        </Link>
      </p>
      <StatusMessage message={message} focusOnShow />
      {result?.intent === 'remove-agreement' ? (
        <ErrorSummary failure={result.failure} fieldLabels={{}} />
      ) : null}
      <SettingsPanel settings={homeDelivery.settings} failure={failureOf('settings')} />
      <ZonesPanel homeDelivery={homeDelivery} />
      <CarriersPanel homeDelivery={homeDelivery} />
      <AgreementsPanel
        agreements={homeDelivery.agreements}
        shops={shops}
        failure={failureOf('agreement')}
        editFailure={
          result?.intent === 'update-agreement' && result.failure && result.agreementId
            ? { agreementId: result.agreementId, failure: result.failure }
            : null
        }
        savedAt={result?.intent === 'agreement' ? result.savedAt : null}
      />
      <CarrierReportsPanel slug={municipality.slug} />
    </div>
  );
}

function ZonesPanel({ homeDelivery }: { homeDelivery: MunicipalityHomeDelivery }) {
  const { t } = useTranslation();
  const weekdayList = useWeekdayList();
  const slug = homeDelivery.municipality.slug;
  return (
    <section aria-labelledby="zones-heading" className="panel">
      <h2 id="zones-heading">{t('homeDelivery.admin.zonesHeading')}</h2>
      <p>{t('homeDelivery.admin.zonesIntro')}</p>
      {homeDelivery.zones.length === 0 ? (
        <p>{t('homeDelivery.admin.noZones')}</p>
      ) : (
        <ul className="item-list">
          {homeDelivery.zones.map((zone) => (
            <li key={zone.id} className="item-list__item">
              <Link to={zoneEditorPath(slug, zone.id)} className="item-list__title">
                {zone.name}
              </Link>
              <span>{zone.places.map((place) => place.village).join(', ')}</span>
              <span>
                {t('homeDelivery.routeDays', {
                  days: weekdayList(zone.routeDays.map((day) => day.weekday)),
                })}
              </span>
              {zone.isActive ? null : <span className="badge">{t('homeDelivery.inactive')}</span>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={zoneEditorPath(slug, null)} className="button button--secondary">
          {t('homeDelivery.admin.addZone')}
        </Link>
      </p>
    </section>
  );
}

function CarriersPanel({ homeDelivery }: { homeDelivery: MunicipalityHomeDelivery }) {
  const { t } = useTranslation();
  const weekdayList = useWeekdayList();
  const slug = homeDelivery.municipality.slug;
  return (
    <section aria-labelledby="carriers-heading" className="panel">
      <h2 id="carriers-heading">{t('homeDelivery.admin.carriersHeading')}</h2>
      <p>{t('homeDelivery.admin.carriersIntro')}</p>
      {homeDelivery.carriers.length === 0 ? (
        <p>{t('homeDelivery.admin.noCarriers')}</p>
      ) : (
        <ul className="item-list">
          {homeDelivery.carriers.map((carrier) => (
            <li key={carrier.id} className="item-list__item">
              <Link to={carrierEditorPath(slug, carrier.id)} className="item-list__title">
                {carrier.name}
              </Link>
              <span>{t('homeDelivery.orgNumber', { number: carrier.orgNumber })}</span>
              {carrier.zones.map((zone) => (
                <span key={zone.zoneId}>
                  {t('homeDelivery.admin.drivesZone', {
                    zone: zone.zoneName,
                    days: weekdayList(zone.weekdays),
                  })}
                </span>
              ))}
              {carrier.isActive ? null : (
                <span className="badge">{t('homeDelivery.inactive')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={carrierEditorPath(slug, null)} className="button button--secondary">
          {t('homeDelivery.admin.addCarrier')}
        </Link>
      </p>
    </section>
  );
}

export const route = {
  loader: loadAdminHomeDelivery,
  action: adminHomeDeliveryAction,
  Component: AdminHomeDeliveryPage,
};
