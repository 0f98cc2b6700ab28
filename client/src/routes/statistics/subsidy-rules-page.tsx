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
import type { FieldError } from '@e-galleria/shared/errors';
import type { SubsidyRuleView } from '@e-galleria/shared/subsidy-rules';
import {
  fetchSubsidyRules,
  removeSubsidyRule,
  savePriceBaseAmount,
  saveSubsidyRule,
} from '../../api/statistics-api.ts';
import { ConfirmedSubmitButton, SubmitButton } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { loadStatisticsTexts } from '../../i18n/statistics-texts.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDate } from '../../lib/format-date.ts';
import { emptyToNull, readText } from '../../lib/form-data.ts';
import { toFormFailure, type FormFailure } from '../../lib/form-failure.ts';
import { formatOre, parseKronorToOre } from '../../lib/money.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { FigureTable } from './figure-tables.tsx';
import '../../styles/statistics.css';

async function loadSubsidyRules({ request }: LoaderFunctionArgs) {
  await loadStatisticsTexts();
  try {
    return await fetchSubsidyRules(request.signal);
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

type ActionResult = { form: string; failure: FormFailure | null };

const notAPrice = (field: string): FormFailure => ({
  code: 'validation_failed',
  fieldErrors: [{ field, code: 'not_a_price', message: 'not a price' }],
  retryAfterSeconds: null,
});

async function subsidyRulesAction({ request }: ActionFunctionArgs): Promise<ActionResult> {
  const formData = await request.formData();
  const intent = readText(formData, 'intent');
  const id = emptyToNull(readText(formData, 'id'));
  const form = id ?? intent;
  try {
    if (intent === 'remove' && id) await removeSubsidyRule(id);
    else if (intent === 'price-base') {
      const amountOre = parseKronorToOre(readText(formData, 'amount'));
      if (amountOre === null) return { form, failure: notAPrice('amountOre') };
      await savePriceBaseAmount(Number(readText(formData, 'year')), amountOre);
    } else {
      const capOre = parseKronorToOre(readText(formData, 'cap'));
      if (capOre === null) return { form, failure: notAPrice('capPerDeliveryOre') };
      const share = Number(readText(formData, 'share').replace(',', '.'));
      await saveSubsidyRule(id, {
        validFrom: readText(formData, 'validFrom'),
        validTo: emptyToNull(readText(formData, 'validTo')),
        capPerDeliveryOre: capOre,
        shareBasisPoints: Math.round(share * 100),
      });
    }
    return { form, failure: null };
  } catch (error) {
    return { form, failure: toFormFailure(error) };
  }
}

/** What each field error says, in the statistics texts' own words where they have them. */
function useFieldErrorText() {
  const { t } = useTranslation('statistics');
  const { t: tr } = useTranslation();
  return (error: FieldError) => {
    if (error.code === 'period_overlaps') return t('errors.periodOverlaps');
    if (error.code === 'ends_before_starts') return t('errors.endsBeforeStarts');
    if (error.code === 'not_a_price') return tr('errors.field.notAPrice');
    return tr('errors.field.invalid');
  };
}

function RuleForm({
  rule,
  result,
}: {
  rule: SubsidyRuleView | null;
  result: ActionResult | undefined;
}) {
  const { t } = useTranslation('statistics');
  const errorText = useFieldErrorText();
  const isBusy = useNavigation().state === 'submitting';
  const formKey = rule?.id ?? 'rule';
  const failure = result?.form === formKey ? result.failure : null;
  const errorOf = (field: string) => failure?.fieldErrors.find((error) => error.field === field);
  const prefix = `rule-${rule?.id ?? 'new'}`;
  const field = (
    name: string,
    label: string,
    input: Record<string, string | undefined>,
    apiField: string,
  ) => {
    const error = errorOf(apiField);
    const id = `${prefix}-${name}`;
    return (
      <div className="field">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        <input
          id={id}
          name={name}
          className="input input--compact"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...input}
        />
        {error ? (
          <p id={`${id}-error`} className="field__error">
            {errorText(error)}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <Form method="post" className="statistics-period__fields panel">
      {rule ? null : <input type="hidden" name="intent" value="rule" />}
      <input type="hidden" name="id" value={rule?.id ?? ''} />
      {field(
        'validFrom',
        t('subsidy.validFrom'),
        { type: 'date', defaultValue: rule?.validFrom, required: '' },
        'validFrom',
      )}
      {field(
        'validTo',
        t('subsidy.validTo'),
        { type: 'date', defaultValue: rule?.validTo ?? '' },
        'validTo',
      )}
      {field(
        'cap',
        t('subsidy.cap'),
        {
          inputMode: 'decimal',
          defaultValue: rule ? String(rule.capPerDeliveryOre / 100) : '',
          required: '',
        },
        'capPerDeliveryOre',
      )}
      {field(
        'share',
        t('subsidy.share'),
        {
          inputMode: 'decimal',
          defaultValue: rule ? String(rule.shareBasisPoints / 100) : '50',
          required: '',
        },
        'shareBasisPoints',
      )}
      <SubmitButton
        isBusy={isBusy}
        name={rule ? 'intent' : undefined}
        value={rule ? 'save' : undefined}
        className="button button--compact"
      >
        {rule ? t('subsidy.save') : t('subsidy.add')}
      </SubmitButton>
      {rule ? (
        <ConfirmedSubmitButton
          isBusy={isBusy}
          name="intent"
          value="remove"
          className="button button--secondary button--compact"
          confirmLabel={t('subsidy.confirmRemove')}
        >
          {t('subsidy.remove')}
        </ConfirmedSubmitButton>
      ) : null}
      {result?.form === formKey && result.failure === null ? (
        <p role="status">{t('subsidy.saved')}</p>
      ) : null}
    </Form>
  );
}

/** The region admin's subsidy rules: dated periods and the price base amount of each year. */
function SubsidyRulesPage() {
  const { t } = useTranslation('statistics');
  const locale = useLocale();
  const errorText = useFieldErrorText();
  const isBusy = useNavigation().state === 'submitting';
  const validFrom = (rule: SubsidyRuleView) => formatSwedishDate(rule.validFrom, locale);
  const validTo = (rule: SubsidyRuleView) =>
    rule.validTo === null ? t('subsidy.openEnded') : formatSwedishDate(rule.validTo, locale);
  const { rules, priceBaseAmounts } =
    useLoaderData<Exclude<Awaited<ReturnType<typeof loadSubsidyRules>>, Response>>();
  const result = useActionData<typeof subsidyRulesAction>();
  const amountFailure = result?.form === 'price-base' ? result.failure : null;
  const amountError = amountFailure?.fieldErrors[0];
  return (
    <div className="page statistics-page">
      <p>
        <Link to="/admin/region">{t('regionTitle')}</Link>
      </p>
      <PageHeading title={t('subsidy.title')} />
      <p>{t('subsidy.intro')}</p>
      <p>
        <Link to="/admin/region/hemsandningsbidrag/ansokningar">{t('claims.linkFromRegion')}</Link>
      </p>
      <section aria-labelledby="subsidy-rules">
        <h2 id="subsidy-rules">{t('subsidy.rulesHeading')}</h2>
        <FigureTable
          label={t('subsidy.rulesHeading')}
          rows={rules}
          rowKey={(rule) => rule.id}
          columns={[
            { key: 'from', header: t('subsidy.validFrom'), value: validFrom },
            { key: 'to', header: t('subsidy.validTo'), value: validTo },
            {
              key: 'cap',
              header: t('subsidy.cap'),
              value: (rule) => formatOre(rule.capPerDeliveryOre),
              numeric: true,
            },
            {
              key: 'share',
              header: t('subsidy.share'),
              value: (rule) => `${rule.shareBasisPoints / 100} %`,
              numeric: true,
            },
          ]}
        />
        {rules.map((rule) => (
          <details key={rule.id}>
            <summary>
              {t('subsidy.edit')}: {validFrom(rule)}–{validTo(rule)}
            </summary>
            <RuleForm rule={rule} result={result} />
          </details>
        ))}
        <h3>{t('subsidy.add')}</h3>
        <RuleForm rule={null} result={result} />
      </section>
      <section aria-labelledby="price-base">
        <h2 id="price-base">{t('subsidy.priceBaseHeading')}</h2>
        <FigureTable
          label={t('subsidy.priceBaseHeading')}
          rows={[...priceBaseAmounts].reverse()}
          rowKey={(row) => String(row.year)}
          columns={[
            { key: 'year', header: t('subsidy.year'), value: (row) => String(row.year) },
            {
              key: 'amount',
              header: t('subsidy.amount'),
              value: (row) => formatOre(row.amountOre),
              numeric: true,
            },
            {
              key: 'half',
              header: t('subsidy.half'),
              value: (row) => formatOre(Math.ceil(row.amountOre / 2)),
              numeric: true,
            },
          ]}
        />
        <Form method="post" className="statistics-period__fields panel">
          <input type="hidden" name="intent" value="price-base" />
          <div className="field">
            <label htmlFor="price-base-year" className="field__label">
              {t('subsidy.year')}
            </label>
            <input
              id="price-base-year"
              name="year"
              type="number"
              min={2000}
              max={2100}
              className="input input--compact"
              required
            />
          </div>
          <div className="field">
            <label htmlFor="price-base-amount" className="field__label">
              {t('subsidy.amount')}
            </label>
            <input
              id="price-base-amount"
              name="amount"
              inputMode="decimal"
              className="input input--compact"
              required
              aria-invalid={amountError ? true : undefined}
              aria-describedby={amountError ? 'price-base-amount-error' : undefined}
            />
            {amountError ? (
              <p id="price-base-amount-error" className="field__error">
                {errorText(amountError)}
              </p>
            ) : null}
          </div>
          <SubmitButton isBusy={isBusy} className="button button--compact">
            {t('subsidy.setAmount')}
          </SubmitButton>
          {result?.form === 'price-base' && result.failure === null ? (
            <p role="status">{t('subsidy.saved')}</p>
          ) : null}
        </Form>
      </section>
    </div>
  );
}

export const route = {
  loader: loadSubsidyRules,
  action: subsidyRulesAction,
  Component: SubsidyRulesPage,
};
