import { useFetcher } from 'react-router';
import { useTranslation } from 'react-i18next';
import { acceptedImageInputTypes } from '@e-galleria/shared/image-profiles';
import type { ShopDetail } from '@e-galleria/shared/shops';
import { uploadShopImage } from '../../api/shops-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { ResponsiveImage } from '../../components/responsive-image.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { readFile } from '../../lib/form-data.ts';
import { type FormFailure, requiredFieldCode, toFormFailure } from '../../lib/form-failure.ts';

export const uploadShopImageIntent = 'upload-shop-image';
type Kind = 'logo' | 'cover';

export type UploadShopImageResult = {
  intent: typeof uploadShopImageIntent;
  kind: Kind;
  failure: FormFailure | null;
  uploadedAt: number | null;
};

export async function uploadShopImageFromForm(
  shopId: string,
  formData: FormData,
): Promise<UploadShopImageResult> {
  const kind: Kind = formData.get('kind') === 'cover' ? 'cover' : 'logo';
  const image = readFile(formData, `${kind}Image`);
  const result = { intent: uploadShopImageIntent, kind } as const;
  if (!image)
    return {
      ...result,
      failure: {
        code: 'validation_failed',
        fieldErrors: [{ field: `${kind}Image`, code: requiredFieldCode, message: 'Required.' }],
        retryAfterSeconds: null,
      },
      uploadedAt: null,
    };
  try {
    await uploadShopImage(shopId, kind, image);
    return { ...result, failure: null, uploadedAt: Date.now() };
  } catch (error) {
    return { ...result, failure: toFormFailure(error), uploadedAt: null };
  }
}

/** The owner's logo and cover photo, each with its own upload form. */
export function ShopImagesPanel({ shop }: { shop: ShopDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="shop-images-heading" className="panel">
      <h2 id="shop-images-heading">{t('shops.owner.imagesHeading')}</h2>
      <ImageForm shop={shop} kind="logo" />
      <ImageForm shop={shop} kind="cover" />
    </section>
  );
}

function ImageForm({ shop, kind }: { shop: ShopDetail; kind: Kind }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<UploadShopImageResult>();
  const result = fetcher.data?.kind === kind ? fetcher.data : null;
  const failure = result?.failure ?? null;
  const image = kind === 'logo' ? shop.logo : shop.cover;
  const label = kind === 'logo' ? t('shops.owner.logoFile') : t('shops.owner.coverFile');
  return (
    <div className="fieldset">
      <h3>{kind === 'logo' ? t('shops.owner.logoHeading') : t('shops.owner.coverHeading')}</h3>
      {image ? (
        <ResponsiveImage
          image={image}
          className={kind === 'logo' ? 'shop-logo' : 'shop-cover'}
          sizes={kind === 'logo' ? '6rem' : '(min-width: 60rem) 60rem, 100vw'}
          alt={t(kind === 'logo' ? 'shops.storefront.logoAlt' : 'shops.storefront.coverAlt', {
            shop: shop.name,
          })}
        />
      ) : (
        <p>{t('shops.owner.noImage')}</p>
      )}
      <ErrorSummary failure={failure} fieldLabels={{ [`${kind}Image`]: label }} />
      <StatusMessage message={result?.uploadedAt ? t('shops.owner.imageUploaded') : null} />
      {/* A new form after each upload: the uploaded file is no longer chosen. */}
      <fetcher.Form
        key={result?.uploadedAt ?? 'unsent'}
        method="post"
        encType="multipart/form-data"
        noValidate
        className="form"
      >
        <input type="hidden" name="intent" value={uploadShopImageIntent} />
        <input type="hidden" name="kind" value={kind} />
        <TextField
          name={`${kind}Image`}
          type="file"
          className="input input--file"
          label={label}
          hint={kind === 'logo' ? t('shops.owner.logoHint') : t('shops.owner.coverHint')}
          accept={acceptedImageInputTypes}
          failure={failure}
        />
        <SubmitButton isBusy={fetcher.state !== 'idle'}>
          {kind === 'logo' ? t('shops.owner.uploadLogo') : t('shops.owner.uploadCover')}
        </SubmitButton>
      </fetcher.Form>
    </div>
  );
}
