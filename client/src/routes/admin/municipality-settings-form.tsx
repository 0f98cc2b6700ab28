import { useState } from 'react';
import { useFetcher } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Locale, LocalizedText } from '@e-galleria/shared/locales';
import type { MunicipalitySettings } from '@e-galleria/shared/municipalities';
import { updateMunicipalitySettings } from '../../api/municipalities-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextAreaField, TextField } from '../../components/form-fields.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { emptyToNull, readText, readTexts } from '../../lib/form-data.ts';
import { type FormFailure, findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';

export const saveSettingsIntent = 'save-settings';

export type SaveSettingsResult = {
  intent: typeof saveSettingsIntent;
  failure: FormFailure | null;
  savedAt: number | null;
};

// Input names are the API's field paths, so server errors land next to the right input.
const fieldNames = [
  'name',
  'contactEmail',
  'contactPhone',
  'primaryColor',
  'frontPage.title.sv',
  'frontPage.title.en',
  'frontPage.title.fi',
  'frontPage.intro.sv',
  'frontPage.intro.en',
  'frontPage.intro.fi',
] as const;

/** The languages a front page may be translated into; Swedish is written first and required. */
const translations = ['en', 'fi'] as const satisfies readonly Locale[];
type FieldValues = Record<(typeof fieldNames)[number], string>;

/** A translation left empty falls back to Swedish on the page, so it is not sent at all. */
function localizedText(values: FieldValues, text: 'title' | 'intro'): LocalizedText {
  const translated = translations.flatMap((locale) => {
    const value = values[`frontPage.${text}.${locale}`].trim();
    return value ? [[locale, value] as const] : [];
  });
  return { sv: values[`frontPage.${text}.sv`].trim(), ...Object.fromEntries(translated) };
}

export async function saveSettingsFromForm(formData: FormData): Promise<SaveSettingsResult> {
  const values = readTexts(formData, fieldNames);
  const emptyFields = findEmptyFields(values, ['name', 'primaryColor', 'frontPage.title.sv']);
  if (emptyFields) return { intent: saveSettingsIntent, failure: emptyFields, savedAt: null };
  try {
    await updateMunicipalitySettings(readText(formData, 'municipalitySlug'), {
      name: values.name.trim(),
      contactEmail: emptyToNull(values.contactEmail),
      contactPhone: emptyToNull(values.contactPhone),
      primaryColor: values.primaryColor.trim().toLowerCase(),
      frontPage: {
        title: localizedText(values, 'title'),
        intro: localizedText(values, 'intro'),
      },
    });
    return { intent: saveSettingsIntent, failure: null, savedAt: Date.now() };
  } catch (error) {
    return { intent: saveSettingsIntent, failure: toFormFailure(error), savedAt: null };
  }
}

export function MunicipalitySettingsForm({ municipality }: { municipality: MunicipalitySettings }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<SaveSettingsResult>();
  const result = fetcher.data?.intent === saveSettingsIntent ? fetcher.data : null;
  const failure = result?.failure ?? null;
  const { frontPage } = municipality;
  const labels: Record<(typeof fieldNames)[number], string> = {
    name: t('admin.settings.name'),
    contactEmail: t('admin.settings.contactEmail'),
    contactPhone: t('admin.settings.contactPhone'),
    primaryColor: t('admin.settings.colorText'),
    'frontPage.title.sv': t('admin.settings.titleSv'),
    'frontPage.title.en': t('admin.settings.titleEn'),
    'frontPage.title.fi': t('admin.settings.titleFi'),
    'frontPage.intro.sv': t('admin.settings.introSv'),
    'frontPage.intro.en': t('admin.settings.introEn'),
    'frontPage.intro.fi': t('admin.settings.introFi'),
  };
  return (
    <section aria-labelledby="settings-heading" className="panel">
      <h2 id="settings-heading">{t('admin.settings.detailsHeading')}</h2>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <StatusMessage message={result?.savedAt ? t('admin.settings.saved') : null} focusOnShow />
      <fetcher.Form method="post" noValidate className="form">
        <input type="hidden" name="intent" value={saveSettingsIntent} />
        <input type="hidden" name="municipalitySlug" value={municipality.slug} />
        <TextField
          name="name"
          label={labels.name}
          defaultValue={municipality.name}
          required
          failure={failure}
        />
        <TextField
          name="contactEmail"
          type="email"
          label={labels.contactEmail}
          defaultValue={municipality.contactEmail ?? ''}
          autoComplete="off"
          failure={failure}
        />
        <TextField
          name="contactPhone"
          type="tel"
          label={labels.contactPhone}
          hint={t('admin.settings.contactPhoneHint')}
          defaultValue={municipality.contactPhone ?? ''}
          autoComplete="off"
          failure={failure}
        />
        <ColorFields
          initialColor={municipality.primaryColor}
          label={labels.primaryColor}
          failure={failure}
        />
        <fieldset className="fieldset">
          <legend>{t('admin.settings.frontPageHeading')}</legend>
          <TextField
            name="frontPage.title.sv"
            label={labels['frontPage.title.sv']}
            lang="sv"
            defaultValue={frontPage.title.sv}
            required
            failure={failure}
          />
          {translations.map((locale) => (
            <TextField
              key={locale}
              name={`frontPage.title.${locale}`}
              label={labels[`frontPage.title.${locale}`]}
              hint={t('admin.settings.translationHint')}
              lang={locale}
              defaultValue={frontPage.title[locale] ?? ''}
              failure={failure}
            />
          ))}
          <TextAreaField
            name="frontPage.intro.sv"
            label={labels['frontPage.intro.sv']}
            lang="sv"
            defaultValue={frontPage.intro.sv}
            failure={failure}
          />
          {translations.map((locale) => (
            <TextAreaField
              key={locale}
              name={`frontPage.intro.${locale}`}
              label={labels[`frontPage.intro.${locale}`]}
              hint={t('admin.settings.translationHint')}
              lang={locale}
              defaultValue={frontPage.intro[locale] ?? ''}
              failure={failure}
            />
          ))}
        </fieldset>
        <SubmitButton isBusy={fetcher.state !== 'idle'}>{t('admin.settings.save')}</SubmitButton>
      </fetcher.Form>
    </section>
  );
}

const hexColorPattern = /^#[0-9a-f]{6}$/i;

/** A native colour picker for mouse and touch, and the same value as text for keyboards and exact codes. */
function ColorFields({
  initialColor,
  label,
  failure,
}: {
  initialColor: string;
  label: string;
  failure: FormFailure | null;
}) {
  const { t } = useTranslation();
  const [color, setColor] = useState(initialColor);
  return (
    <fieldset className="fieldset">
      <legend>{t('admin.settings.colorHeading')}</legend>
      <div className="color-fields">
        <div className="field">
          <label htmlFor="primary-color-picker" className="field__label">
            {t('admin.settings.colorPicker')}
          </label>
          <input
            id="primary-color-picker"
            type="color"
            className="color-picker"
            value={hexColorPattern.test(color) ? color.toLowerCase() : '#000000'}
            onChange={(event) => setColor(event.target.value)}
          />
        </div>
        <TextField
          name="primaryColor"
          label={label}
          hint={t('admin.settings.colorHint')}
          value={color}
          onChange={(event) => setColor(event.target.value)}
          spellCheck={false}
          autoCapitalize="none"
          required
          failure={failure}
        />
      </div>
    </fieldset>
  );
}
