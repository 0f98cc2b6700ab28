import {
  type ActionFunctionArgs,
  Link,
  type LoaderFunctionArgs,
  useLoaderData,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '@e-galleria/shared/invitations';
import type { MunicipalitySettings } from '@e-galleria/shared/municipalities';
import { listMunicipalityInvitations } from '../../api/invitations-api.ts';
import { listMunicipalitySettings } from '../../api/municipalities-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { readText } from '../../lib/form-data.ts';
import { loadStatisticsTexts } from '../../i18n/statistics-texts.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import {
  CreateMunicipalityForm,
  createMunicipalityFromForm,
  createMunicipalityIntent,
} from './create-municipality-form.tsx';
import {
  listOutsideRefunds,
  listPaymentDisputes,
  settleMoneyTakenBack,
} from '../../api/payments-api.ts';
import { InvitationsPanel } from './invitations-panel.tsx';
import {
  OutsideRefundsPanel,
  PaymentDisputesPanel,
  settleIntent,
} from './money-taken-back-panels.tsx';
import { inviteAdminFromForm } from './invite-admin.ts';

/** `?kommun=<slug>` opens that municipality's administrators in place. */
const selectedParam = 'kommun';

async function loadRegionAdmin({ request }: LoaderFunctionArgs) {
  // The statistics links' words come with the statistics texts (decision 0037).
  await loadStatisticsTexts();
  const selectedSlug = new URL(request.url).searchParams.get(selectedParam);
  try {
    const [municipalities, invitations, outsideRefunds, disputes] = await Promise.all([
      listMunicipalitySettings(request.signal),
      selectedSlug ? listMunicipalityInvitations(selectedSlug, request.signal) : null,
      listOutsideRefunds(request.signal),
      listPaymentDisputes(request.signal),
    ]);
    return {
      municipalities: municipalities.items,
      selectedSlug,
      invitations: invitations?.items ?? [],
      outsideRefunds: outsideRefunds.items,
      disputes: disputes.items,
    };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

async function regionAdminAction({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const intent = readText(formData, 'intent');
  if (intent === settleIntent) {
    const kind = readText(formData, 'kind') === 'dispute' ? 'dispute' : 'refund';
    // Settled by someone else a moment before is settled all the same: the list reloads.
    await settleMoneyTakenBack(kind, readText(formData, 'id')).catch(() => null);
    return null;
  }
  return intent === createMunicipalityIntent
    ? createMunicipalityFromForm(formData)
    : inviteAdminFromForm(formData);
}

const isOpen = (item: { settled: unknown }) => item.settled === null;

function RegionAdminPage() {
  const { t } = useTranslation();
  const { municipalities, selectedSlug, invitations, outsideRefunds, disputes } =
    useLoaderData<typeof loadRegionAdmin>();
  return (
    <div className="page">
      <PageHeading title={t('admin.regionTitle')} />
      <p>
        <Link to="/admin/region/statistik">{t('linkFromAdmin', { ns: 'statistics' })}</Link>
      </p>
      <p>
        <Link to="/admin/region/hemsandningsbidrag">
          {t('subsidy.linkFromRegion', { ns: 'statistics' })}
        </Link>
      </p>
      <p>
        <Link to="/admin/region/hemsandningsbidrag/ansokningar">
          {t('claims.linkFromRegion', { ns: 'statistics' })}
        </Link>
      </p>
      {/* Money to settle by hand comes first while any is open; otherwise the lists end the page. */}
      {disputes.some(isOpen) ? <PaymentDisputesPanel disputes={disputes} /> : null}
      {outsideRefunds.some(isOpen) ? <OutsideRefundsPanel refunds={outsideRefunds} /> : null}
      <section aria-labelledby="municipalities-heading">
        <h2 id="municipalities-heading">{t('admin.municipalitiesHeading')}</h2>
        {municipalities.length === 0 ? (
          <p>{t('admin.noMunicipalities')}</p>
        ) : (
          <ul className="admin-municipality-list">
            {municipalities.map((municipality) => (
              <MunicipalityItem
                key={municipality.slug}
                municipality={municipality}
                invitations={municipality.slug === selectedSlug ? invitations : null}
              />
            ))}
          </ul>
        )}
      </section>
      <CreateMunicipalityForm />
      {disputes.some(isOpen) ? null : <PaymentDisputesPanel disputes={disputes} />}
      {outsideRefunds.some(isOpen) ? null : <OutsideRefundsPanel refunds={outsideRefunds} />}
    </div>
  );
}

function MunicipalityItem({
  municipality,
  invitations,
}: {
  municipality: MunicipalitySettings;
  /** Loaded only for the municipality whose administrators are open. */
  invitations: Invitation[] | null;
}) {
  const { t } = useTranslation();
  const isOpen = invitations !== null;
  return (
    <li className="admin-municipality">
      <div className="admin-municipality__summary">
        <h3 className="admin-municipality__name">{municipality.name}</h3>
        <span className={municipality.status === 'active' ? 'badge badge--success' : 'badge'}>
          {t(`municipalityStatus.${municipality.status}`)}
        </span>
        <span className="muted">{t('admin.slugLabel', { slug: municipality.slug })}</span>
      </div>
      <ul className="inline-list">
        <li>
          <Link
            to={isOpen ? '.' : `?${selectedParam}=${encodeURIComponent(municipality.slug)}`}
            preventScrollReset
            aria-expanded={isOpen}
          >
            {isOpen
              ? t('admin.invitations.close')
              : t('admin.manageAdmins', { name: municipality.name })}
          </Link>
        </li>
        <li>
          <Link to={`/admin/kommun/${municipality.slug}`}>
            {t('admin.settingsLink', { name: municipality.name })}
          </Link>
        </li>
      </ul>
      {isOpen ? (
        <InvitationsPanel
          municipality={municipality}
          invitations={invitations}
          headingLevel={4}
          isFocusedOnOpen
        />
      ) : null}
    </li>
  );
}

export const route = {
  loader: loadRegionAdmin,
  action: regionAdminAction,
  Component: RegionAdminPage,
};
