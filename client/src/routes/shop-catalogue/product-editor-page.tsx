import { useState } from 'react';
import {
  type ActionFunctionArgs,
  Form,
  Link,
  type LoaderFunctionArgs,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProductKind, ProductPage } from '@e-galleria/shared/catalogue';
import {
  createProduct,
  fetchShopProduct,
  fetchVatRates,
  removeProductImage,
  reorderProductImages,
  updateProduct,
  uploadProductImage,
} from '../../api/catalogue-api.ts';
import { fetchShop, listCategories } from '../../api/shops-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { readFile, readText } from '../../lib/form-data.ts';
import { type FormFailure, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { cataloguePath } from './paths.ts';
import { ProductFields, useFieldLabels } from './product-fields.tsx';
import { readProductForm, toCreateBody, toUpdateBody } from './product-form-body.ts';
import { PhotosEditor } from './photos-editor.tsx';
import { saveVariants } from './save-variants.ts';
import { VariantsEditor } from './variants-editor.tsx';

async function loadProductEditor({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  const productId = params.productId ?? null;
  try {
    const [{ shop }, categories, product, vatRates] = await Promise.all([
      fetchShop(shopId, request.signal),
      listCategories(request.signal),
      productId ? fetchShopProduct(shopId, productId, request.signal) : null,
      // The rates are a hint beside the select; the form works without them.
      fetchVatRates(request.signal).catch(() => null),
    ]);
    const kind: ProductKind =
      product?.product.kind ??
      (new URL(request.url).searchParams.get('typ') === 'tjanst' ? 'service' : 'good');
    return {
      shop,
      categories: categories.items,
      product: product?.product ?? null,
      kind,
      vatRates: vatRates?.items ?? [],
    };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

type ActionResult = { intent: string; failure: FormFailure | null; saved: boolean };

/** Photos change one at a time, beside the product form, on a product that exists. */
async function changePhotos(
  shopId: string,
  productId: string,
  intent: string,
  formData: FormData,
): Promise<ActionResult> {
  try {
    if (intent === 'photo-upload') {
      const file = readFile(formData, 'image');
      if (!file)
        return {
          intent,
          saved: false,
          failure: {
            code: 'validation_failed',
            fieldErrors: [{ field: 'image', code: 'required', message: 'Required.' }],
            retryAfterSeconds: null,
          },
        };
      await uploadProductImage(shopId, productId, file);
    } else {
      const imageId = readText(formData, 'imageId');
      if (intent === 'photo-remove') await removeProductImage(shopId, productId, imageId);
      else {
        const { product } = await fetchShopProduct(shopId, productId);
        const others = product.images.map((image) => image.id).filter((id) => id !== imageId);
        await reorderProductImages(shopId, productId, [imageId, ...others]);
      }
    }
    return { intent, failure: null, saved: true };
  } catch (error) {
    return { intent, failure: toFormFailure(error), saved: false };
  }
}

async function productEditorAction({ params, request }: ActionFunctionArgs) {
  const shopId = params.shopId ?? '';
  const productId = params.productId ?? null;
  const formData = await request.formData();
  const intent = readText(formData, 'intent') || 'save';
  if (productId && intent.startsWith('photo-'))
    return changePhotos(shopId, productId, intent, formData);
  const kind: ProductKind = readText(formData, 'kind') === 'service' ? 'service' : 'good';
  const variantCount = Number(readText(formData, 'variantCount') || '0');
  const result = readProductForm(formData, kind, variantCount);
  if (result.failure)
    return { intent, failure: result.failure, saved: false } satisfies ActionResult;
  try {
    if (!productId) {
      const { product } = await createProduct(shopId, toCreateBody(kind, result.parsed));
      return redirect(`${cataloguePath(shopId, `/${product.id}`)}?sparad=1`);
    }
    const { product } = await updateProduct(shopId, productId, toUpdateBody(result.parsed));
    if (variantCount > 0) await saveVariants(shopId, product, result.parsed.variants);
    return { intent, failure: null, saved: true } satisfies ActionResult;
  } catch (error) {
    return { intent, failure: toFormFailure(error), saved: false } satisfies ActionResult;
  }
}

function ProductEditorPage() {
  const { t } = useTranslation();
  const { shop, categories, product, kind, vatRates } = useLoaderData<typeof loadProductEditor>();
  const result = useActionData<typeof productEditorAction>() ?? null;
  const isBusy = useNavigation().state === 'submitting';
  const [searchParams] = useSearchParams();
  const justCreated = searchParams.get('sparad') === '1';
  const failure = result?.intent === 'save' ? result.failure : null;
  const photoFailure = result?.intent.startsWith('photo-') ? result.failure : null;
  const initialVariants = product && product.variants.length > 1 ? product.variants : [];
  const [variantCount, setVariantCount] = useState(initialVariants.length);
  const labels = useFieldLabels(kind, product, variantCount);
  const title = product
    ? t('catalogue.owner.editTitle', { product: product.title })
    : t(kind === 'service' ? 'catalogue.owner.newServiceTitle' : 'catalogue.owner.newGoodTitle');
  return (
    <div className="page page--narrow product-editor">
      <p>
        <Link to={cataloguePath(shop.id)}>
          {t('catalogue.owner.backToList', { shop: shop.name })}
        </Link>
      </p>
      <PageHeading title={title} />
      <StatusMessage
        message={
          result?.saved
            ? t(result.intent === 'save' ? 'catalogue.owner.saved' : 'catalogue.owner.photosSaved')
            : justCreated && !result
              ? t('catalogue.owner.saved')
              : null
        }
        focusOnShow
      />
      {product ? <PublicLink product={product} /> : null}
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="kind" value={kind} />
        <ProductFields
          kind={kind}
          product={product}
          categories={categories}
          vatRates={vatRates}
          failure={failure}
          hasVariants={variantCount > 0}
        />
        {kind === 'good' && (!product || initialVariants.length > 0) ? (
          <VariantsEditor
            initial={initialVariants}
            failure={failure}
            onCountChange={setVariantCount}
          />
        ) : (
          <input type="hidden" name="variantCount" value={0} />
        )}
        <SubmitButton isBusy={isBusy} name="intent" value="save">
          {t('catalogue.owner.save')}
        </SubmitButton>
      </Form>
      {product ? (
        <PhotosEditor product={product} failure={photoFailure} />
      ) : (
        <p>{t('catalogue.owner.photosAfterSave')}</p>
      )}
    </div>
  );
}

function PublicLink({ product }: { product: ProductPage }) {
  const { t } = useTranslation();
  if (product.status !== 'published') return null;
  return (
    <p>
      <Link to={`/produkter/${product.id}`}>{t('catalogue.owner.viewPublic')}</Link>
    </p>
  );
}

export const route = {
  loader: loadProductEditor,
  action: productEditorAction,
  Component: ProductEditorPage,
};
