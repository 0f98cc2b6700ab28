import { type ChangeEvent, useEffect, useState } from 'react';
import { useFetcher } from 'react-router';
import { useTranslation } from 'react-i18next';
import { acceptedImageInputTypes } from '@e-galleria/shared/image-profiles';
import type { MunicipalitySettings } from '@e-galleria/shared/municipalities';
import { uploadMunicipalityLogo } from '../../api/municipalities-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { ResponsiveImage, sizesAtHeight } from '../../components/responsive-image.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { readFile, readText } from '../../lib/form-data.ts';
import { type FormFailure, requiredFieldCode, toFormFailure } from '../../lib/form-failure.ts';

export const uploadLogoIntent = 'upload-logo';

export type UploadLogoResult = {
  intent: typeof uploadLogoIntent;
  failure: FormFailure | null;
  uploadedAt: number | null;
};

export async function uploadLogoFromForm(formData: FormData): Promise<UploadLogoResult> {
  const image = readFile(formData, 'image');
  if (!image) {
    const failure: FormFailure = {
      code: 'validation_failed',
      fieldErrors: [{ field: 'image', code: requiredFieldCode, message: 'Required.' }],
      retryAfterSeconds: null,
    };
    return { intent: uploadLogoIntent, failure, uploadedAt: null };
  }
  try {
    await uploadMunicipalityLogo(readText(formData, 'municipalitySlug'), image);
    return { intent: uploadLogoIntent, failure: null, uploadedAt: Date.now() };
  } catch (error) {
    return { intent: uploadLogoIntent, failure: toFormFailure(error), uploadedAt: null };
  }
}

export function LogoUploadForm({ municipality }: { municipality: MunicipalitySettings }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<UploadLogoResult>();
  const result = fetcher.data?.intent === uploadLogoIntent ? fetcher.data : null;
  const failure = result?.failure ?? null;
  const previewUrl = useObjectUrl();

  return (
    <section aria-labelledby="logo-heading" className="panel">
      <h2 id="logo-heading">{t('admin.settings.logoHeading')}</h2>
      <ErrorSummary failure={failure} fieldLabels={{ image: t('admin.settings.logoFile') }} />
      <StatusMessage
        message={result?.uploadedAt ? t('admin.settings.logoUploaded') : null}
        focusOnShow
      />
      <div className="logo-previews">
        <figure className="logo-preview">
          {municipality.logo ? (
            <ResponsiveImage
              image={municipality.logo}
              sizes={sizesAtHeight(municipality.logo, 96)}
              alt={t('municipality.logoAlt', { name: municipality.name })}
            />
          ) : (
            <p>{t('admin.settings.noLogo')}</p>
          )}
          <figcaption>{t('admin.settings.currentLogo')}</figcaption>
        </figure>
        {previewUrl.url && previewUrl.chosenAt > (result?.uploadedAt ?? 0) ? (
          <figure className="logo-preview">
            <img src={previewUrl.url} alt={t('admin.settings.logoPreview')} />
            <figcaption>{t('admin.settings.logoPreview')}</figcaption>
          </figure>
        ) : null}
      </div>
      {/* A new form after each upload: the uploaded file is no longer chosen. */}
      <fetcher.Form
        key={result?.uploadedAt ?? 'unsent'}
        method="post"
        encType="multipart/form-data"
        noValidate
        className="form"
      >
        <input type="hidden" name="intent" value={uploadLogoIntent} />
        <input type="hidden" name="municipalitySlug" value={municipality.slug} />
        <TextField
          name="image"
          type="file"
          className="input input--file"
          label={t('admin.settings.logoFile')}
          hint={t('admin.settings.logoHint')}
          accept={acceptedImageInputTypes}
          onChange={previewUrl.showFile}
          failure={failure}
        />
        <SubmitButton isBusy={fetcher.state !== 'idle'}>
          {t('admin.settings.uploadLogo')}
        </SubmitButton>
      </fetcher.Form>
    </section>
  );
}

/**
 * A blob: URL for the chosen file, revoked when replaced or unmounted so it does not leak,
 * and when it was chosen, so a preview of a file already uploaded can be left out.
 */
function useObjectUrl() {
  const [chosen, setChosen] = useState<{ url: string | null; chosenAt: number }>({
    url: null,
    chosenAt: 0,
  });
  const { url } = chosen;
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  function showFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setChosen({
      url: file && file.type.startsWith('image/') ? URL.createObjectURL(file) : null,
      chosenAt: Date.now(),
    });
  }
  return { ...chosen, showFile };
}
