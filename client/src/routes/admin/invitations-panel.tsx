import { useEffect, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '@e-galleria/shared/invitations';
import type { MunicipalitySummary } from '@e-galleria/shared/municipalities';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextField } from '../../components/form-fields.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { supportedLocales } from '../../i18n/i18n.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { type InviteAdminResult, inviteAdminIntent } from './invite-admin.ts';

type Props = {
  municipality: Pick<MunicipalitySummary, 'slug' | 'name'>;
  invitations: Invitation[];
  /** 2 as a section of its own, 4 when nested under a list item's h3. */
  headingLevel: 2 | 4;
  /** Focus the heading when the panel opens in place (region page), not on page load. */
  isFocusedOnOpen?: boolean;
};

export function InvitationsPanel({
  municipality,
  invitations,
  headingLevel,
  isFocusedOnOpen = false,
}: Props) {
  const { t } = useTranslation();
  const fetcher = useFetcher<InviteAdminResult>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const result = fetcher.data?.intent === inviteAdminIntent ? fetcher.data : null;
  const failure = result?.failure ?? null;
  const Heading = headingLevel === 2 ? 'h2' : 'h4';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h5';
  const headingId = `invitations-${municipality.slug}`;
  const labels = { email: t('admin.invitations.email'), locale: t('admin.invitations.locale') };

  useEffect(() => {
    if (isFocusedOnOpen) headingRef.current?.focus();
  }, [isFocusedOnOpen, municipality.slug]);

  return (
    <section aria-labelledby={headingId} className="panel">
      <Heading id={headingId} ref={headingRef} tabIndex={-1}>
        {t('admin.invitations.heading', { name: municipality.name })}
      </Heading>
      <p>{t('admin.invitations.intro')}</p>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <StatusMessage
        message={result?.sentTo ? t('admin.invitations.sent', { email: result.sentTo }) : null}
        focusOnShow
      />
      {/* A new key after each invitation empties the form for the next one. */}
      <fetcher.Form
        method="post"
        noValidate
        className="form"
        key={result?.sentTo ? invitations.length : 'new'}
      >
        <input type="hidden" name="intent" value={inviteAdminIntent} />
        <input type="hidden" name="municipalitySlug" value={municipality.slug} />
        <TextField
          name="email"
          type="email"
          label={labels.email}
          autoComplete="off"
          required
          failure={failure}
        />
        <InvitationLocaleField label={labels.locale} />
        <SubmitButton isBusy={fetcher.state !== 'idle'}>
          {t('admin.invitations.submit')}
        </SubmitButton>
      </fetcher.Form>
      <SubHeading>{t('admin.invitations.listHeading')}</SubHeading>
      <InvitationList invitations={invitations} />
    </section>
  );
}

export function InvitationLocaleField({ label }: { label: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <SelectField
      name="locale"
      label={label}
      defaultValue={locale}
      failure={null}
      options={supportedLocales.map((option) => ({
        value: option,
        label: t(`languageNames.${option}`),
        lang: option,
      }))}
    />
  );
}

export function InvitationList({ invitations }: { invitations: Invitation[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // "Now" for telling expired from pending; fixed per mount so renders stay pure.
  const [now] = useState(() => Date.now());
  if (invitations.length === 0) return <p>{t('admin.invitations.empty')}</p>;
  return (
    <ul className="item-list">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="item-list__item">
          <span className="item-list__title">{invitation.email}</span>
          <span className={invitation.acceptedAt ? 'badge badge--success' : 'badge'}>
            {invitation.acceptedAt
              ? t('admin.invitations.accepted', {
                  date: formatDateTime(invitation.acceptedAt, locale),
                })
              : Date.parse(invitation.expiresAt) < now
                ? t('admin.invitations.expired', {
                    date: formatDateTime(invitation.expiresAt, locale),
                  })
                : t('admin.invitations.pending', {
                    date: formatDateTime(invitation.expiresAt, locale),
                  })}
          </span>
        </li>
      ))}
    </ul>
  );
}
