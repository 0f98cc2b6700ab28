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
import { shopStatuses } from '@e-galleria/shared/shop-status';
import type { ShopStatus } from '@e-galleria/shared/shops';
import { fetchMunicipalitySettings } from '../../api/municipalities-api.ts';
import {
  decideListing,
  inviteShop,
  listAuditEvents,
  listListingRequests,
  listMunicipalityShops,
} from '../../api/shops-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextField } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { isSupportedLocale, supportedLocales } from '../../i18n/i18n.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { readText, readTexts } from '../../lib/form-data.ts';
import { type FormFailure, findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { AuditLog, ListingRequests } from './admin-shop-panels.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';

const isShopStatus = (value: string): value is ShopStatus =>
  (shopStatuses as readonly string[]).includes(value);

async function loadAdminShops({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const requested = new URL(request.url).searchParams.get('status') ?? '';
  const status = isShopStatus(requested) ? requested : null;
  try {
    const [{ municipality }, shops, listings, audit] = await Promise.all([
      fetchMunicipalitySettings(slug, request.signal),
      listMunicipalityShops(slug, status, request.signal),
      listListingRequests(slug, request.signal),
      listAuditEvents(slug, request.signal),
    ]);
    return {
      municipality,
      status,
      shops: shops.items,
      listings: listings.items,
      audit: audit.items,
    };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

type ActionResult = {
  intent: string;
  failure: FormFailure | null;
  invited: { shop: string; email: string } | null;
};

async function adminShopsAction({ params, request }: ActionFunctionArgs): Promise<ActionResult> {
  const slug = params.slug ?? '';
  const formData = await request.formData();
  const intent = readText(formData, 'intent');
  try {
    if (intent === 'invite-shop') {
      const values = readTexts(formData, ['shopName', 'email', 'locale'] as const);
      const empty = findEmptyFields(values, ['shopName', 'email']);
      if (empty) return { intent, failure: empty, invited: null };
      const { shop, invitation } = await inviteShop(slug, {
        shopName: values.shopName,
        email: values.email,
        locale: isSupportedLocale(values.locale) ? values.locale : 'sv',
      });
      return { intent, failure: null, invited: { shop: shop.name, email: invitation.email } };
    }
    const decision = readText(formData, 'decision');
    if (intent === 'decide-listing' && (decision === 'approve' || decision === 'decline')) {
      await decideListing(slug, readText(formData, 'shopId'), decision);
    }
    return { intent, failure: null, invited: null };
  } catch (error) {
    return { intent, failure: toFormFailure(error), invited: null };
  }
}

function AdminShopsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { municipality, status, shops, listings, audit } = useLoaderData<typeof loadAdminShops>();
  const isBusy = useNavigation().state !== 'idle';
  return (
    <div className="page">
      <p>
        <Link to={`/admin/kommun/${municipality.slug}`}>{t('shops.admin.backToSettings')}</Link>
      </p>
      <PageHeading title={t('shops.admin.listTitle', { municipality: municipality.name })} />
      <Form method="get" className="form form--inline">
        <SelectField
          name="status"
          label={t('shops.admin.statusFilter')}
          defaultValue={status ?? ''}
          failure={null}
          options={[
            { value: '', label: t('shops.admin.allStatuses') },
            ...shopStatuses.map((value) => ({ value, label: t(`shops.status.${value}`) })),
          ]}
        />
        <SubmitButton isBusy={isBusy}>{t('shops.admin.filter')}</SubmitButton>
      </Form>
      {shops.length === 0 ? (
        <p>{t('shops.admin.empty')}</p>
      ) : (
        <TableScroll label={t('shops.admin.listTitle', { municipality: municipality.name })}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('shops.admin.columnName')}</th>
                <th scope="col">{t('shops.admin.columnStatus')}</th>
                <th scope="col">{t('shops.admin.columnVillage')}</th>
                <th scope="col">{t('shops.admin.columnUpdated')}</th>
              </tr>
            </thead>
            <tbody>
              {shops.map((shop) => (
                <tr key={shop.id}>
                  <td>
                    <Link to={`/admin/kommun/${municipality.slug}/butiker/${shop.id}`}>
                      {shop.name}
                    </Link>
                  </td>
                  <td>{t(`shops.status.${shop.status}`)}</td>
                  <td>{shop.village ?? ''}</td>
                  <td>{formatDateTime(shop.updatedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <InviteShopPanel />
      <ListingRequests listings={listings} />
      <AuditLog events={audit} />
    </div>
  );
}

function InviteShopPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const result = useActionData<typeof adminShopsAction>();
  const failure = result?.intent === 'invite-shop' ? result.failure : null;
  const invited = result?.invited ?? null;
  const isBusy = useNavigation().state === 'submitting';
  const labels = {
    shopName: t('shops.admin.shopName'),
    email: t('shops.admin.email'),
    locale: t('shops.admin.locale'),
  };
  return (
    <section aria-labelledby="invite-shop-heading" className="panel">
      <h2 id="invite-shop-heading">{t('shops.admin.inviteHeading')}</h2>
      <p>{t('shops.admin.inviteIntro')}</p>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <StatusMessage message={invited ? t('shops.admin.invited', invited) : null} focusOnShow />
      <Form method="post" noValidate className="form" key={invited?.email ?? 'new'}>
        <input type="hidden" name="intent" value="invite-shop" />
        <TextField name="shopName" label={labels.shopName} required failure={failure} />
        <TextField
          name="email"
          type="email"
          label={labels.email}
          autoComplete="off"
          required
          failure={failure}
        />
        <SelectField
          name="locale"
          label={labels.locale}
          defaultValue={locale}
          failure={null}
          options={supportedLocales.map((option) => ({
            value: option,
            label: t(`languageNames.${option}`),
            lang: option,
          }))}
        />
        <SubmitButton isBusy={isBusy}>{t('shops.admin.invite')}</SubmitButton>
      </Form>
    </section>
  );
}

export const route = {
  loader: loadAdminShops,
  action: adminShopsAction,
  Component: AdminShopsPage,
};
