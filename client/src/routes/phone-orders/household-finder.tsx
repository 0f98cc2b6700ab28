import { Form, Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ShopHouseholdMatch } from '@e-galleria/shared/households';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import type { FormFailure } from '../../lib/form-failure.ts';
import {
  HouseholdAddressFields,
  useHouseholdFieldLabels,
} from '../households/household-address-fields.tsx';
import { formatPostalCode } from '../households/paths.ts';
import { phoneOrderPath } from './paths.ts';

/**
 * Who is calling: found by name or phone among the municipality's households, or taken down
 * as a new contact when they have never ordered.
 */
export function HouseholdFinder({
  shopId,
  q,
  matches,
  failure,
}: {
  shopId: string;
  q: string;
  matches: ShopHouseholdMatch[] | null;
  failure: FormFailure | null;
}) {
  const { t } = useTranslation();
  const labels = { ...useHouseholdFieldLabels(), email: t('phoneOrders.email') };
  return (
    <>
      <section aria-labelledby="find-heading" className="panel form">
        <h2 id="find-heading">{t('phoneOrders.findHeading')}</h2>
        <Form method="get" className="form" role="search">
          <TextField
            name="q"
            label={t('phoneOrders.search')}
            hint={t('phoneOrders.searchHint')}
            defaultValue={q}
            minLength={3}
            failure={null}
          />
          <SubmitButton isBusy={false}>{t('phoneOrders.find')}</SubmitButton>
        </Form>
        {matches === null ? null : matches.length === 0 ? (
          <p role="status">{t('phoneOrders.noMatches', { q })}</p>
        ) : (
          <ul className="choice-list" aria-label={t('phoneOrders.matches')}>
            {matches.map((match) => (
              <li key={match.id} className="panel">
                <strong>{match.name}</strong>
                <br />
                {match.streetAddress}, {formatPostalCode(match.postalCode)} {match.village}
                <br />
                <span className="muted">
                  {t('phoneOrders.phoneEnding', { digits: match.phoneEnding })}
                </span>
                <br />
                <Link to={phoneOrderPath(shopId, match.id)}>
                  {t('phoneOrders.choose', { name: match.name })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="contact-heading" className="panel form">
        <h2 id="contact-heading">{t('phoneOrders.contactHeading')}</h2>
        <p className="field__hint">{t('phoneOrders.contactHint')}</p>
        <ErrorSummary failure={failure} fieldLabels={labels} />
        <Form method="post" noValidate className="form">
          <input type="hidden" name="intent" value="contact" />
          <HouseholdAddressFields name="" address={null} failure={failure} />
          <TextField
            name="email"
            label={labels.email}
            hint={t('phoneOrders.emailHint')}
            type="email"
            autoComplete="off"
            failure={failure}
          />
          <SubmitButton isBusy={false}>{t('phoneOrders.saveContact')}</SubmitButton>
        </Form>
      </section>
    </>
  );
}
