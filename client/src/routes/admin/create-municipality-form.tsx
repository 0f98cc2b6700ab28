import { useState } from 'react';
import { useFetcher } from 'react-router';
import { useTranslation } from 'react-i18next';
import { municipalityStatuses } from '@e-galleria/shared/municipality-status';
import { slugify } from '@e-galleria/shared/slugify';
import { createMunicipality } from '../../api/municipalities-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextField } from '../../components/form-fields.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { readTexts } from '../../lib/form-data.ts';
import { type FormFailure, findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';

export const createMunicipalityIntent = 'create-municipality';

export type CreateMunicipalityResult = {
  intent: typeof createMunicipalityIntent;
  failure: FormFailure | null;
  createdName: string | null;
};

export async function createMunicipalityFromForm(
  formData: FormData,
): Promise<CreateMunicipalityResult> {
  const values = readTexts(formData, ['name', 'slug', 'status'] as const);
  const emptyFields = findEmptyFields(values, ['name', 'slug']);
  if (emptyFields)
    return { intent: createMunicipalityIntent, failure: emptyFields, createdName: null };
  try {
    const { municipality } = await createMunicipality({
      name: values.name,
      slug: values.slug.trim(),
      status: values.status === 'active' ? 'active' : 'onboarding',
    });
    return { intent: createMunicipalityIntent, failure: null, createdName: municipality.name };
  } catch (error) {
    return { intent: createMunicipalityIntent, failure: toFormFailure(error), createdName: null };
  }
}

export function CreateMunicipalityForm() {
  const { t } = useTranslation();
  const fetcher = useFetcher<CreateMunicipalityResult>();
  const result = fetcher.data?.intent === createMunicipalityIntent ? fetcher.data : null;
  const failure = result?.failure ?? null;
  const labels = {
    name: t('admin.create.name'),
    slug: t('admin.create.slug'),
    status: t('admin.create.status'),
  };
  return (
    <section aria-labelledby="create-municipality-heading" className="panel">
      <h2 id="create-municipality-heading">{t('admin.create.heading')}</h2>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <StatusMessage
        message={
          result?.createdName ? t('admin.create.created', { name: result.createdName }) : null
        }
        focusOnShow
      />
      <fetcher.Form method="post" noValidate className="form">
        <input type="hidden" name="intent" value={createMunicipalityIntent} />
        {/* A new key after each municipality created empties the fields for the next one. */}
        <NameAndSlugFields key={result?.createdName ?? 'draft'} labels={labels} failure={failure} />
        <SelectField
          name="status"
          label={labels.status}
          defaultValue="onboarding"
          failure={failure}
          options={municipalityStatuses.map((status) => ({
            value: status,
            label: t(`municipalityStatus.${status}`),
          }))}
        />
        <SubmitButton isBusy={fetcher.state !== 'idle'}>{t('admin.create.submit')}</SubmitButton>
      </fetcher.Form>
    </section>
  );
}

function NameAndSlugFields({
  labels,
  failure,
}: {
  labels: { name: string; slug: string };
  failure: FormFailure | null;
}) {
  const { t } = useTranslation();
  // The slug follows the name until the admin edits it; from then on it is theirs.
  const [draft, setDraft] = useState({ name: '', slug: '', isSlugEdited: false });
  return (
    <>
      <TextField
        name="name"
        label={labels.name}
        value={draft.name}
        onChange={(event) => {
          const name = event.target.value;
          setDraft((current) => ({
            ...current,
            name,
            slug: current.isSlugEdited ? current.slug : slugify(name),
          }));
        }}
        required
        failure={failure}
      />
      <TextField
        name="slug"
        label={labels.slug}
        hint={t('admin.create.slugHint')}
        value={draft.slug}
        onChange={(event) => {
          const slug = event.target.value;
          setDraft((current) => ({ ...current, slug, isSlugEdited: true }));
        }}
        autoCapitalize="none"
        spellCheck={false}
        required
        failure={failure}
      />
    </>
  );
}
