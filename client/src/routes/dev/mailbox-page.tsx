import { Fragment } from 'react';
import { Link, type LoaderFunctionArgs, useLoaderData, useRevalidator } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MailboxMessage } from '@e-galleria/shared/dev-mailbox';
import { listMailboxMessages } from '../../api/dev-mailbox-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';

async function loadMailbox({ request }: LoaderFunctionArgs) {
  return listMailboxMessages(request.signal);
}

function MailboxPage() {
  const { t } = useTranslation();
  const { items } = useLoaderData<typeof loadMailbox>();
  const revalidator = useRevalidator();
  return (
    <div className="page">
      <PageHeading title={t('mailbox.title')} />
      <p>{t('mailbox.intro')}</p>
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={revalidator.state !== 'idle'}
          onClick={() => void revalidator.revalidate()}
        >
          {t('mailbox.refresh')}
        </button>
      </p>
      {items.length === 0 ? (
        <p>{t('mailbox.empty')}</p>
      ) : (
        <ol className="mail-list">
          {items.map((message) => (
            <MailItem key={message.id} message={message} />
          ))}
        </ol>
      )}
    </div>
  );
}

function MailItem({ message }: { message: MailboxMessage }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="mail">
      <article aria-labelledby={`mail-${message.id}`}>
        <h2 id={`mail-${message.id}`} className="mail__subject">
          {message.subject}
        </h2>
        <dl className="details-list details-list--inline">
          <dt>{t('mailbox.to')}</dt>
          <dd>{message.to}</dd>
          <dt>{t('mailbox.sent')}</dt>
          <dd>
            <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, locale)}</time>
          </dd>
        </dl>
        <p className="mail__text">
          <TextWithLinks text={message.text} />
        </p>
      </article>
    </li>
  );
}

const urlPattern = /(https?:\/\/[^\s<>"]+)/g;

/** Links in the mail text become clickable; ours navigate inside the app without a reload. */
function TextWithLinks({ text }: { text: string }) {
  return text.split(urlPattern).map((part, index) => {
    if (index % 2 === 0) return <Fragment key={index}>{part}</Fragment>;
    const url = new URL(part);
    return url.origin === window.location.origin ? (
      <Link key={index} to={`${url.pathname}${url.search}${url.hash}`}>
        {part}
      </Link>
    ) : (
      <a key={index} href={part} rel="noreferrer">
        {part}
      </a>
    );
  });
}

export const route = { loader: loadMailbox, Component: MailboxPage };
