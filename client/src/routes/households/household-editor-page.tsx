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
import { eligibilityReasons } from '@e-galleria/shared/household-eligibility';
import { ApiError } from '../../api/api-error.ts';
import {
  applyForEligibility,
  createHousehold,
  listMyHouseholds,
  removeHousehold,
  updateHousehold,
  withdrawApplication,
} from '../../api/households-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, SubmitButton } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { readText } from '../../lib/form-data.ts';
import { type FormFailure, findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { useRootData } from '../root-data.ts';
import { EligibilityPanel, applyIntent, withdrawIntent } from './eligibility-panel.tsx';
import { HouseholdAddressFields, useHouseholdFieldLabels } from './household-address-fields.tsx';
import { householdFromForm } from './household-from-form.ts';
import { myHouseholdPath, myHouseholdsPath } from './paths.ts';

const saveIntent = 'save';
const removeIntent = 'remove';

/** One of the resident's addresses (`:householdId`), or a new one. */
async function loadHouseholdEditor({ params, request }: LoaderFunctionArgs) {
  const id = params.householdId ?? null;
  try {
    const own = (await listMyHouseholds(request.signal)).items;
    const household = id ? own.find((candidate) => candidate.id === id) : null;
    if (id && !household) throw new ApiError({ code: 'not_found', status: 404 });
    return {
      household: household ?? null,
      takenMunicipalities: own.map((candidate) => candidate.municipality.slug),
    };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

type ActionResult = { intent: string; failure: FormFailure | null };

async function householdEditorAction({ params, request }: ActionFunctionArgs) {
  const id = params.householdId ?? null;
  const formData = await request.formData();
  const intent = readText(formData, 'intent');
  try {
    if (id && intent === applyIntent) {
      const reason = eligibilityReasons.find((known) => known === readText(formData, 'reason'));
      if (!reason) return { intent, failure: findEmptyFields({ reason: '' }, ['reason']) };
      await applyForEligibility(id, { reason });
    } else if (id && intent === withdrawIntent) await withdrawApplication(id);
    else if (id && intent === removeIntent) {
      await removeHousehold(id);
      return redirect(`${myHouseholdsPath}?borttagen=1`);
    } else {
      const parsed = householdFromForm(formData);
      const municipality = readText(formData, 'municipality');
      // A new address names its municipality too: one summary lists every empty field.
      const noMunicipality = id ? null : findEmptyFields({ municipality }, ['municipality']);
      if (parsed.failure || noMunicipality) {
        const fieldErrors = [noMunicipality, parsed.failure].flatMap(
          (failure) => failure?.fieldErrors ?? [],
        );
        const failure: FormFailure = {
          code: 'validation_failed',
          fieldErrors,
          retryAfterSeconds: null,
        };
        return { intent, failure } satisfies ActionResult;
      }
      if (id) await updateHousehold(id, parsed.body);
      else {
        const { household } = await createHousehold({ municipality, ...parsed.body });
        return redirect(`${myHouseholdPath(household.id)}?sparad=1`);
      }
    }
    return { intent, failure: null } satisfies ActionResult;
  } catch (error) {
    return { intent, failure: toFormFailure(error) } satisfies ActionResult;
  }
}

function HouseholdEditorPage() {
  const { t } = useTranslation();
  const { household, takenMunicipalities } = useLoaderData<typeof loadHouseholdEditor>();
  const result = useActionData<typeof householdEditorAction>() ?? null;
  const { me, municipalities } = useRootData();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const labels = useHouseholdFieldLabels();
  const eligibilityResult =
    result?.intent === applyIntent || result?.intent === withdrawIntent ? result : null;
  const saveFailure = result && !eligibilityResult ? result.failure : null;
  const successMessages: Record<string, string> = {
    [saveIntent]: t('households.saved'),
    [applyIntent]: t('households.eligibility.applied'),
    [withdrawIntent]: t('households.eligibility.withdrawn'),
  };
  const message = result
    ? result.failure
      ? null
      : (successMessages[result.intent] ?? null)
    : searchParams.get('sparad') === '1'
      ? t('households.created')
      : null;
  const open = municipalities.filter(
    (municipality) =>
      municipality.status === 'active' && !takenMunicipalities.includes(municipality.slug),
  );
  return (
    <div className="page page--narrow">
      <p>
        <Link to={myHouseholdsPath}>{t('households.backToList')}</Link>
      </p>
      <PageHeading
        title={
          household
            ? t('households.editTitle', { municipality: household.municipality.name })
            : t('households.newTitle')
        }
      />
      <StatusMessage message={message} focusOnShow />
      {household ? (
        <EligibilityPanel household={household} failure={eligibilityResult?.failure ?? null} />
      ) : null}
      {!household && open.length === 0 ? (
        <p>{t('households.noMunicipalityLeft')}</p>
      ) : (
        <section aria-labelledby="address-heading" className="panel">
          <h2 id="address-heading">{t('households.addressHeading')}</h2>
          <ErrorSummary failure={saveFailure} fieldLabels={labels} />
          <Form method="post" noValidate className="form" key={household?.updatedAt ?? 'new'}>
            <input type="hidden" name="intent" value={saveIntent} />
            {household ? null : (
              <SelectField
                name="municipality"
                label={labels.municipality ?? ''}
                defaultValue=""
                required
                failure={saveFailure}
                options={[
                  { value: '', label: t('households.fields.municipalityPlaceholder') },
                  ...open.map((municipality) => ({
                    value: municipality.slug,
                    label: municipality.name,
                  })),
                ]}
              />
            )}
            <HouseholdAddressFields
              name={household?.name ?? me?.user.name ?? ''}
              address={household?.address ?? null}
              failure={saveFailure}
            />
            <SubmitButton isBusy={navigation.state === 'submitting'}>
              {t('households.save')}
            </SubmitButton>
          </Form>
        </section>
      )}
      {household ? (
        <section aria-labelledby="remove-heading" className="panel">
          <h2 id="remove-heading">{t('households.removeHeading')}</h2>
          <p>{t('households.removeHint')}</p>
          <Form method="post">
            <input type="hidden" name="intent" value={removeIntent} />
            <SubmitButton
              isBusy={navigation.state === 'submitting'}
              className="button button--secondary"
            >
              {t('households.remove')}
            </SubmitButton>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

export const route = {
  loader: loadHouseholdEditor,
  action: householdEditorAction,
  Component: HouseholdEditorPage,
};
