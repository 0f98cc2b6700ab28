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
import { allowedShopActions } from '@e-galleria/shared/shop-status';
import { type ReviewAction, fetchShop, reviewShop } from '../../api/shops-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import {
  ConfirmedSubmitButton,
  SubmitButton,
  TextAreaField,
} from '../../components/form-fields.tsx';
import { MarkdownText } from '../../components/markdown-text.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { readText } from '../../lib/form-data.ts';
import { findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { OpeningHoursView } from './opening-hours-view.tsx';
import { ShopContact } from './shop-page.tsx';

async function loadReview({ params, request }: LoaderFunctionArgs) {
  try {
    return {
      ...(await fetchShop(params.shopId ?? '', request.signal)),
      slug: params.slug ?? '',
      now: Date.now(),
    };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

const reviewActions = ['approve', 'return', 'suspend', 'reinstate'] as const;
const isReviewAction = (value: string): value is ReviewAction =>
  (reviewActions as readonly string[]).includes(value);

async function reviewAction({ params, request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const action = readText(formData, 'action');
  if (!isReviewAction(action)) return { failure: null, status: null };
  const comment = readText(formData, 'comment');
  if (action === 'return') {
    const empty = findEmptyFields({ comment }, ['comment']);
    if (empty) return { failure: empty, status: null };
  }
  try {
    const { shop } = await reviewShop(params.shopId ?? '', action, comment);
    return { failure: null, status: shop.status };
  } catch (error) {
    return { failure: toFormFailure(error), status: null };
  }
}

function ShopReviewPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { shop, slug, now } = useLoaderData<typeof loadReview>();
  const result = useActionData<typeof reviewAction>();
  const isBusy = useNavigation().state === 'submitting';
  const actions = allowedShopActions(shop.status, 'admin');
  const failure = result?.failure ?? null;
  const { goods, services } = shop.publishedCatalogue;
  // Approving an empty shop is allowed, but puts it in the galleria with nothing to buy: said
  // before the button, which then asks twice (decision 0069).
  const warnsOfEmpty = goods + services === 0 && actions.includes('approve');
  return (
    <div className="page">
      <p>
        <Link to={`/admin/kommun/${slug}/butiker`}>{t('shops.admin.backToList')}</Link>
      </p>
      <PageHeading title={t('shops.admin.reviewTitle', { shop: shop.name })} />
      <p>
        {t('shops.owner.statusLabel')}:{' '}
        <span className={shop.status === 'published' ? 'badge badge--success' : 'badge'}>
          {t(`shops.status.${shop.status}`)}
        </span>
      </p>
      <StatusMessage
        message={
          result?.status
            ? t('shops.admin.done', { status: t(`shops.status.${result.status}`) })
            : null
        }
        focusOnShow
      />
      <section aria-labelledby="decision-heading" className="panel">
        <h2 id="decision-heading">{t('shops.admin.actionsHeading')}</h2>
        <ErrorSummary failure={failure} fieldLabels={{ comment: t('shops.admin.returnComment') }} />
        {actions.length === 0 ? <p>{t('shops.admin.noActions')}</p> : null}
        {warnsOfEmpty ? (
          <p className="notice notice--warning">{t('shops.admin.emptyCatalogueWarning')}</p>
        ) : null}
        <div className="actions-row">
          {actions
            .filter((action) => action !== 'return')
            .map((action) => (
              <Form method="post" key={action}>
                <input type="hidden" name="action" value={action} />
                {action === 'suspend' ? (
                  // Takes the shop's page and goods offline at once: asked twice.
                  <ConfirmedSubmitButton
                    isBusy={isBusy}
                    className="button"
                    confirmLabel={t('shops.admin.confirmSuspend')}
                  >
                    {t('shops.actions.suspend')}
                  </ConfirmedSubmitButton>
                ) : action === 'approve' && warnsOfEmpty ? (
                  <ConfirmedSubmitButton
                    isBusy={isBusy}
                    className="button"
                    confirmLabel={t('shops.admin.confirmApproveEmpty')}
                  >
                    {t('shops.actions.approve')}
                  </ConfirmedSubmitButton>
                ) : (
                  <SubmitButton isBusy={isBusy}>{t(`shops.actions.${action}`)}</SubmitButton>
                )}
              </Form>
            ))}
        </div>
        {actions.includes('return') ? (
          <Form method="post" noValidate className="form">
            <input type="hidden" name="action" value="return" />
            <TextAreaField
              name="comment"
              label={t('shops.admin.returnComment')}
              hint={t('shops.admin.returnCommentHint')}
              maxLength={2000}
              failure={failure}
            />
            <SubmitButton isBusy={isBusy}>{t('shops.actions.return')}</SubmitButton>
          </Form>
        ) : null}
      </section>
      <section aria-labelledby="review-profile-heading" className="panel">
        <h2 id="review-profile-heading">{t('shops.admin.profileHeading')}</h2>
        <p>
          {[shop.village, shop.categories.map((category) => category.name[locale]).join(', ')]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {shop.vatNumber ? (
          <p>
            {t('shops.owner.vatNumber')}: {shop.vatNumber}
          </p>
        ) : null}
        {shop.description.trim() ? <MarkdownText text={shop.description} /> : null}
        <p>
          {t('shops.admin.publishedCatalogue', {
            goods: t('shops.admin.goods', { count: goods }),
            services: t('shops.admin.services', { count: services }),
          })}
        </p>
      </section>
      <ShopContact shop={shop} />
      <section aria-labelledby="review-hours-heading" className="panel">
        <h2 id="review-hours-heading">{t('shops.storefront.hoursHeading')}</h2>
        <OpeningHoursView hours={shop.openingHours} headingId="review-hours-heading" now={now} />
      </section>
    </div>
  );
}

export const route = { loader: loadReview, action: reviewAction, Component: ShopReviewPage };
