import { Form, useNavigation } from 'react-router';
import type { Invitation } from '@e-galleria/shared/invitations';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { InvitationList, InvitationLocaleField } from './invitations-panel.tsx';

/** What the panel says, in the words of the scope (a point's operators, a carrier's drivers). */
export type ScopePeopleTexts = {
  heading: string;
  intro: string;
  none: string;
  since: (date: string) => string;
  inviteHeading: string;
  inviteEmail: string;
  inviteLocale: string;
  invite: string;
  invited: (email: string) => string;
  invitationsHeading: string;
};

/**
 * Who works for a scope now and the invitations for new people: the admins' panel for a
 * service point's operators and a carrier's drivers alike.
 */
export function ScopePeoplePanel(props: {
  id: string;
  intent: string;
  texts: ScopePeopleTexts;
  people: readonly { id: string; name: string; email: string; since: string }[];
  invitations: Invitation[];
  failure: FormFailure | null;
  sentTo: string | null;
}) {
  const { id, intent, texts, people, invitations, failure, sentTo } = props;
  const locale = useLocale();
  const isBusy = useNavigation().state === 'submitting';
  const labels = { email: texts.inviteEmail, locale: texts.inviteLocale };
  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>{texts.heading}</h2>
      <p>{texts.intro}</p>
      {people.length === 0 ? (
        <p>{texts.none}</p>
      ) : (
        <ul className="item-list">
          {people.map((person) => (
            <li key={person.id} className="item-list__item">
              <span className="item-list__title">{person.name}</span>
              <span>{person.email}</span>
              <span>{texts.since(formatDateTime(person.since, locale))}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{texts.inviteHeading}</h3>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <StatusMessage message={sentTo ? texts.invited(sentTo) : null} focusOnShow />
      {/* A new key after each invitation empties the form for the next one. */}
      <Form method="post" noValidate className="form" key={sentTo ?? 'new'}>
        <input type="hidden" name="intent" value={intent} />
        <TextField
          name="email"
          type="email"
          label={labels.email}
          autoComplete="off"
          required
          failure={failure}
        />
        <InvitationLocaleField label={labels.locale} />
        <SubmitButton isBusy={isBusy}>{texts.invite}</SubmitButton>
      </Form>
      <h3>{texts.invitationsHeading}</h3>
      <InvitationList invitations={invitations} />
    </section>
  );
}
