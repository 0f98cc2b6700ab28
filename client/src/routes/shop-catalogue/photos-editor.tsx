import { useEffect, useState } from 'react';
import { Form, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProductPage } from '@e-galleria/shared/catalogue';
import { acceptedImageInputTypes } from '@e-galleria/shared/image-profiles';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton } from '../../components/form-fields.tsx';
import { ResponsiveImage } from '../../components/responsive-image.tsx';
import type { FormFailure } from '../../lib/form-failure.ts';

export const maxPhotos = 8;
export const photoIntents = ['photo-upload', 'photo-remove', 'photo-move'] as const;

/**
 * Up to eight photos in order. Each is shown square, cropped from the middle, exactly as the
 * storefront will show it, and so is a chosen file before it is uploaded.
 */
export function PhotosEditor({
  product,
  failure,
}: {
  product: ProductPage;
  failure: FormFailure | null;
}) {
  const { t } = useTranslation();
  const isBusy = useNavigation().state === 'submitting';
  const { images } = product;
  return (
    <section aria-labelledby="photos-heading" className="panel">
      <h2 id="photos-heading">{t('catalogue.owner.photosHeading')}</h2>
      <p>{t('catalogue.owner.photosIntro', { max: maxPhotos })}</p>
      {images.length === 0 ? <p>{t('catalogue.owner.noPhotos')}</p> : null}
      <ol className="photo-previews">
        {images.map((image, index) => (
          <li key={image.id} className="photo-preview">
            <ResponsiveImage
              image={image}
              sizes="8rem"
              alt={t('catalogue.owner.photoAlt', { number: index + 1 })}
            />
            <Form method="post" className="actions-row">
              <input type="hidden" name="imageId" value={image.id} />
              {index > 0 ? (
                <SubmitButton
                  isBusy={isBusy}
                  name="intent"
                  value="photo-move"
                  className="button button--secondary button--compact"
                >
                  {t('catalogue.owner.movePhotoFirst', { number: index + 1 })}
                </SubmitButton>
              ) : null}
              <SubmitButton
                isBusy={isBusy}
                name="intent"
                value="photo-remove"
                className="button button--secondary button--compact"
              >
                {t('catalogue.owner.removePhoto', { number: index + 1 })}
              </SubmitButton>
            </Form>
          </li>
        ))}
      </ol>
      {images.length < maxPhotos ? (
        <>
          <ErrorSummary failure={failure} fieldLabels={{ image: t('catalogue.owner.photoFile') }} />
          {/* A new form once a photo is added, so the uploaded file and its preview go and
              are not sent twice. Ids grow with time, so the largest is the newest photo's. */}
          <NewPhotoForm
            key={images.reduce((newest, image) => (image.id > newest ? image.id : newest), '')}
            isBusy={isBusy}
          />
        </>
      ) : (
        <p>{t('catalogue.owner.photosFull', { max: maxPhotos })}</p>
      )}
    </section>
  );
}

/** The file to upload next, shown as the storefront will show it before it is sent. */
function NewPhotoForm({ isBusy }: { isBusy: boolean }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview);
    },
    [preview],
  );
  return (
    <Form method="post" encType="multipart/form-data" className="form">
      <input type="hidden" name="intent" value="photo-upload" />
      <div className="field">
        <label htmlFor="field-image" className="field__label">
          {t('catalogue.owner.photoFile')}
        </label>
        <p id="field-image-hint" className="field__hint">
          {t('catalogue.owner.photoHint')}
        </p>
        <input
          id="field-image"
          type="file"
          name="image"
          accept={acceptedImageInputTypes}
          className="input input--file"
          aria-describedby="field-image-hint"
          onChange={(event) => {
            const file = event.target.files?.[0];
            setPreview(file ? URL.createObjectURL(file) : null);
          }}
        />
      </div>
      {preview ? (
        <figure className="photo-preview photo-preview--pending">
          <img src={preview} alt={t('catalogue.owner.previewAlt')} />
          <figcaption>{t('catalogue.owner.previewCaption')}</figcaption>
        </figure>
      ) : null}
      <SubmitButton isBusy={isBusy}>{t('catalogue.owner.uploadPhoto')}</SubmitButton>
    </Form>
  );
}
