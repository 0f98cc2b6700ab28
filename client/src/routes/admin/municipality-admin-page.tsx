import {
  type ActionFunctionArgs,
  Link,
  type LoaderFunctionArgs,
  useLoaderData,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { listMunicipalityInvitations } from '../../api/invitations-api.ts';
import { isApiError } from '../../api/api-error.ts';
import { fetchMunicipalitySettings, fetchMunicipalityToDo } from '../../api/municipalities-api.ts';
import { fetchPlatformFee } from '../../api/payments-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { loadStatisticsTexts } from '../../i18n/statistics-texts.ts';
import { readText } from '../../lib/form-data.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { InvitationsPanel } from './invitations-panel.tsx';
import { ToDoPanel } from './to-do-panel.tsx';
import { inviteAdminFromForm } from './invite-admin.ts';
import { LogoUploadForm, uploadLogoFromForm, uploadLogoIntent } from './logo-upload-form.tsx';
import {
  PlatformFeeForm,
  savePlatformFeeFromForm,
  savePlatformFeeIntent,
} from './platform-fee-form.tsx';
import {
  MunicipalitySettingsForm,
  saveSettingsFromForm,
  saveSettingsIntent,
} from './municipality-settings-form.tsx';

/** A municipality admin opening another municipality's slug gets 403 here: the error page says so. */
async function loadMunicipalityAdmin({ params, request }: LoaderFunctionArgs) {
  // The statistics link's words come with the statistics texts (decision 0037).
  await loadStatisticsTexts();
  const slug = params.slug ?? '';
  try {
    const [{ municipality }, invitations, { platformFee }, toDo] = await Promise.all([
      fetchMunicipalitySettings(slug, request.signal),
      listMunicipalityInvitations(slug, request.signal),
      fetchPlatformFee(slug, request.signal),
      // The municipality's own admins' list: a region admin opening these settings has none.
      fetchMunicipalityToDo(slug, request.signal).catch((error: unknown) => {
        if (isApiError(error, 'forbidden')) return null;
        throw error;
      }),
    ]);
    return { municipality, invitations: invitations.items, platformFee, toDo: toDo?.items ?? null };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

async function municipalityAdminAction({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const intent = readText(formData, 'intent');
  if (intent === saveSettingsIntent) return saveSettingsFromForm(formData);
  if (intent === uploadLogoIntent) return uploadLogoFromForm(formData);
  if (intent === savePlatformFeeIntent) return savePlatformFeeFromForm(formData);
  return inviteAdminFromForm(formData);
}

function MunicipalityAdminPage() {
  const { t } = useTranslation();
  const { municipality, invitations, platformFee, toDo } =
    useLoaderData<typeof loadMunicipalityAdmin>();
  return (
    <div className="page">
      <PageHeading title={t('admin.settings.title', { name: municipality.name })} />
      {toDo ? <ToDoPanel slug={municipality.slug} items={toDo} /> : null}
      <p>
        <Link to={`/${municipality.slug}`}>{t('admin.settings.viewPublicPage')}</Link>
      </p>
      <p>
        <Link to={`/admin/kommun/${municipality.slug}/butiker`}>{t('shops.admin.shopsLink')}</Link>
      </p>
      <p>
        <Link to={`/admin/kommun/${municipality.slug}/bestallningar`}>
          {t('shopOrders.municipalityLink')}
        </Link>
      </p>
      <p>
        <Link to={`/admin/kommun/${municipality.slug}/servicepunkter`}>
          {t('servicePoints.admin.link')}
        </Link>
      </p>
      <p>
        <Link to={`/admin/kommun/${municipality.slug}/hushall`}>{t('households.admin.link')}</Link>
      </p>
      <p>
        <Link to={`/admin/kommun/${municipality.slug}/hemleverans`}>
          {t('homeDelivery.admin.link')}
        </Link>
      </p>
      <p>
        <Link to={`/admin/kommun/${municipality.slug}/statistik`}>
          {t('linkFromAdmin', { ns: 'statistics' })}
        </Link>
      </p>
      <p>
        <Link to={`/admin/kommun/${municipality.slug}/hemsandningsbidrag`}>
          {t('claims.linkFromAdmin', { ns: 'statistics' })}
        </Link>
      </p>
      <MunicipalitySettingsForm municipality={municipality} />
      <LogoUploadForm municipality={municipality} />
      <PlatformFeeForm municipalitySlug={municipality.slug} platformFee={platformFee} />
      <InvitationsPanel municipality={municipality} invitations={invitations} headingLevel={2} />
    </div>
  );
}

export const route = {
  loader: loadMunicipalityAdmin,
  action: municipalityAdminAction,
  Component: MunicipalityAdminPage,
};
