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
import {
  allowedShopActions,
  editableProfileFields,
  mayRequestListing,
} from '@e-galleria/shared/shop-status';
import type { ShopDetail } from '@e-galleria/shared/shops';
import { isApiError } from '../../api/api-error.ts';
import {
  fetchShop,
  inviteStaff,
  listCategories,
  listStaffInvitations,
  requestListing,
  submitShop,
  updateShopProfile,
} from '../../api/shops-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, SubmitButton } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { loadStatisticsTexts } from '../../i18n/statistics-texts.ts';
import { StatusMessage } from '../../components/status-message.tsx';
import { readText } from '../../lib/form-data.ts';
import { type FormFailure, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { useRootData } from '../root-data.ts';
import { profileFromForm } from './profile-from-form.ts';
import { ShopProfileForm, saveProfileIntent } from './shop-profile-form.tsx';
import {
  ShopImagesPanel,
  uploadShopImageFromForm,
  uploadShopImageIntent,
} from './shop-images-panel.tsx';
import { StaffPanel, inviteStaffIntent } from './staff-panel.tsx';

async function loadOwnerShop({ params, request }: LoaderFunctionArgs) {
  // The statistics link's words come with the statistics texts (decision 0037).
  await loadStatisticsTexts();
  const shopId = params.shopId ?? '';
  try {
    const [{ shop }, categories, staff] = await Promise.all([
      fetchShop(shopId, request.signal),
      listCategories(request.signal),
      // Staff may read the shop but not its invitations.
      listStaffInvitations(shopId, request.signal).catch((error: unknown) => {
        if (isApiError(error, 'forbidden')) return null;
        throw error;
      }),
    ]);
    return { shop, categories: categories.items, staff: staff?.items ?? null };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

type ActionResult = { intent: string; failure: FormFailure | null; done: string | null };

async function ownerShopAction({ params, request }: ActionFunctionArgs) {
  const shopId = params.shopId ?? '';
  const formData = await request.formData();
  const intent = readText(formData, 'intent');
  if (intent === uploadShopImageIntent) return uploadShopImageFromForm(shopId, formData);
  return ownerFormAction(shopId, intent, formData);
}

async function ownerFormAction(
  shopId: string,
  intent: string,
  formData: FormData,
): Promise<ActionResult> {
  try {
    if (intent === saveProfileIntent) {
      const parsed = profileFromForm(formData);
      if (parsed.failure) return { intent, failure: parsed.failure, done: null };
      await updateShopProfile(shopId, parsed.body);
      return { intent, failure: null, done: 'saved' };
    }
    if (intent === 'submit') {
      await submitShop(shopId);
      return { intent, failure: null, done: 'submitted' };
    }
    if (intent === 'request-listing') {
      await requestListing(shopId, readText(formData, 'municipalitySlug'));
      return { intent, failure: null, done: 'listingRequested' };
    }
    if (intent === inviteStaffIntent) {
      const { invitation } = await inviteStaff(shopId, { email: readText(formData, 'email') });
      return { intent, failure: null, done: invitation.email };
    }
  } catch (error) {
    return { intent, failure: toFormFailure(error), done: null };
  }
  return { intent, failure: null, done: null };
}

function OwnerShopPage() {
  const { t } = useTranslation();
  const { shop, categories, staff } = useLoaderData<typeof loadOwnerShop>();
  const data = useActionData<typeof ownerShopAction>();
  const result = data && 'done' in data ? data : null;
  const { me } = useRootData();
  const isOwner = Boolean(
    me?.roles.some(
      (held) =>
        held.role === 'shop_owner' && held.scope.type === 'shop' && held.scope.id === shop.id,
    ),
  );
  const failureFor = (intent: string) => (result?.intent === intent ? result.failure : null);
  return (
    <div className="page">
      <PageHeading title={t('shops.owner.title', { shop: shop.name })} />
      <p>
        {t('shops.owner.statusLabel')}:{' '}
        <span className={shop.status === 'published' ? 'badge badge--success' : 'badge'}>
          {t(`shops.status.${shop.status}`)}
        </span>
      </p>
      <StatusIntro shop={shop} />
      <ul className="inline-list">
        <li>
          <Link to={`/konto/butiker/${shop.id}/bestallningar`}>{t('shopOrders.link')}</Link>
        </li>
        <li>
          <Link to={`/konto/butiker/${shop.id}/sortiment`}>
            {t('catalogue.owner.catalogueLink')}
          </Link>
        </li>
        <li>
          <Link to={`/konto/butiker/${shop.id}/leverans`}>{t('fulfilment.owner.link')}</Link>
        </li>
        {isOwner ? (
          <li>
            <Link to={`/konto/butiker/${shop.id}/betalningar`}>{t('payments.shop.link')}</Link>
          </li>
        ) : null}
        {isOwner ? (
          <li>
            <Link to={`/konto/butiker/${shop.id}/hemleverans`}>{t('homeDelivery.shop.link')}</Link>
          </li>
        ) : null}
        {isOwner ? (
          <li>
            <Link to={`/konto/butiker/${shop.id}/forsaljning`}>
              {t('shopFulfilment.sales.link')}
            </Link>
          </li>
        ) : null}
        {isOwner ? (
          <li>
            <Link to={`/konto/butiker/${shop.id}/statistik`}>
              {t('shop.link', { ns: 'statistics' })}
            </Link>
          </li>
        ) : null}
      </ul>
      {isOwner ? null : <p>{t('shops.owner.staffReadOnly')}</p>}
      <StatusMessage
        message={
          result?.done === 'saved'
            ? t('shops.owner.saved')
            : result?.done === 'submitted'
              ? t('shops.owner.submitted')
              : null
        }
        focusOnShow
      />
      <ShopProfileForm
        shop={shop}
        categories={categories}
        failure={failureFor(saveProfileIntent)}
        isOwner={isOwner}
      />
      {isOwner && editableProfileFields(shop.status) !== 'none' ? (
        <ShopImagesPanel shop={shop} />
      ) : null}
      {isOwner && allowedShopActions(shop.status, 'owner').includes('submit') ? (
        <SubmitPanel failure={failureFor('submit')} />
      ) : null}
      {isOwner ? (
        <ListingsPanel
          shop={shop}
          failure={failureFor('request-listing')}
          done={result?.done === 'listingRequested'}
        />
      ) : null}
      {staff ? (
        <StaffPanel
          invitations={staff}
          failure={failureFor(inviteStaffIntent)}
          sentTo={result?.intent === inviteStaffIntent ? result.done : null}
        />
      ) : null}
    </div>
  );
}

function StatusIntro({ shop }: { shop: ShopDetail }) {
  const { t } = useTranslation();
  if (shop.status === 'returned')
    return (
      <section aria-labelledby="returned-heading" className="notice" role="note">
        <h2 id="returned-heading">{t('shops.owner.returnedHeading')}</h2>
        <p>{shop.reviewComment}</p>
        <p>{t('shops.owner.returnedIntro')}</p>
      </section>
    );
  if (shop.status === 'published')
    return (
      <p>
        {t('shops.owner.publishedIntro')}{' '}
        <Link to={`/${shop.homeMunicipality.slug}/butiker/${shop.slug}`}>
          {t('shops.owner.viewPublic')}
        </Link>
      </p>
    );
  return <p>{t(`shops.owner.${shop.status}Intro`)}</p>;
}

function SubmitPanel({ failure }: { failure: FormFailure | null }) {
  const { t } = useTranslation();
  const isBusy = useNavigation().state === 'submitting';
  const labels: Record<string, string> = {
    orgNumber: t('shops.owner.orgNumber'),
    streetAddress: t('shops.owner.streetAddress'),
    postalCode: t('shops.owner.postalCode'),
    city: t('shops.owner.city'),
    contactEmail: t('shops.owner.contactEmail'),
    categoryIds: t('shops.owner.categories'),
  };
  return (
    <section aria-labelledby="submit-heading" className="panel">
      <h2 id="submit-heading">{t('shops.owner.submitHeading')}</h2>
      <p>{t('shops.owner.submitIntro')}</p>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <Form method="post">
        <input type="hidden" name="intent" value="submit" />
        <SubmitButton isBusy={isBusy}>{t('shops.owner.submit')}</SubmitButton>
      </Form>
    </section>
  );
}

function ListingsPanel(props: { shop: ShopDetail; failure: FormFailure | null; done: boolean }) {
  const { shop, failure, done } = props;
  const { t } = useTranslation();
  const { municipalities } = useRootData();
  const isBusy = useNavigation().state === 'submitting';
  const listed = new Set(shop.listings.map((listing) => listing.municipality.slug));
  const choices = municipalities.filter(
    (municipality) =>
      municipality.slug !== shop.homeMunicipality.slug && !listed.has(municipality.slug),
  );
  return (
    <section aria-labelledby="listings-heading" className="panel">
      <h2 id="listings-heading">{t('shops.owner.listingsHeading')}</h2>
      <p>{t('shops.owner.listingsIntro')}</p>
      {shop.listings.length === 0 ? (
        <p>{t('shops.owner.noListings')}</p>
      ) : (
        <ul className="item-list">
          {shop.listings.map((listing) => (
            <li key={listing.municipality.slug} className="item-list__item">
              <span className="item-list__title">{listing.municipality.name}</span>
              <span className="badge">{t(`shops.listingStatus.${listing.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <StatusMessage message={done ? t('shops.owner.listingRequested') : null} focusOnShow />
      {mayRequestListing(shop.status) && choices.length > 0 ? (
        <>
          <ErrorSummary
            failure={failure}
            fieldLabels={{ municipalitySlug: t('shops.owner.listingMunicipality') }}
          />
          <Form method="post" className="form form--inline">
            <input type="hidden" name="intent" value="request-listing" />
            <SelectField
              name="municipalitySlug"
              label={t('shops.owner.listingMunicipality')}
              failure={failure}
              options={choices.map((municipality) => ({
                value: municipality.slug,
                label: municipality.name,
              }))}
            />
            <SubmitButton isBusy={isBusy}>{t('shops.owner.requestListing')}</SubmitButton>
          </Form>
        </>
      ) : null}
    </section>
  );
}

export const route = { loader: loadOwnerShop, action: ownerShopAction, Component: OwnerShopPage };
