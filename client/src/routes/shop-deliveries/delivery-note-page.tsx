import { useState } from 'react';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { deliveryNotePdfUrl, fetchDeliveryNote } from '../../api/deliveries-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { QrCode } from '../../components/qr-code.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { formatPostalCode } from '../households/paths.ts';

async function loadDeliveryNote({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  try {
    const { note } = await fetchDeliveryNote(shopId, params.orderId ?? '', request.signal);
    return { shopId, note };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

/**
 * The delivery note (leveranssedel) to print on A4 or A5 (a label-sized sheet), with the
 * same note as a PDF beside it: address, door code, phone, goods with their temperature,
 * cool bags, what to collect, carrier and route day, and the parcel code as QR.
 */
function DeliveryNotePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { shopId, note } = useLoaderData<typeof loadDeliveryNote>();
  const [paper, setPaper] = useState<'a4' | 'a5'>('a4');
  const code = note.parcelCode ?? note.orderId;
  const { recipient } = note;
  return (
    <div className="page">
      <div className="delivery-note-tools no-print">
        <p>
          <Link to={`/konto/butiker/${shopId}/hemleveranser`}>{t('deliveries.note.back')}</Link>
        </p>
        <fieldset className="field">
          <legend>{t('deliveries.note.title')}</legend>
          {(['a4', 'a5'] as const).map((size) => (
            <label key={size} className="choice">
              <input
                type="radio"
                name="paper"
                value={size}
                checked={paper === size}
                onChange={() => setPaper(size)}
              />{' '}
              {t(size === 'a4' ? 'deliveries.note.paperA4' : 'deliveries.note.paperA5')}
            </label>
          ))}
        </fieldset>
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('deliveries.note.print')}
          </button>{' '}
          <a
            className="button button--secondary"
            href={deliveryNotePdfUrl(shopId, note.orderId, paper)}
          >
            {t(paper === 'a4' ? 'deliveries.note.pdfA4' : 'deliveries.note.pdfA5')}
          </a>
        </p>
      </div>
      <article className={`delivery-note delivery-note--${paper}`} aria-labelledby="note-heading">
        <div className="delivery-note__head">
          <div>
            <PageHeading title={t('deliveries.note.title')} />
            <p id="note-heading">{note.shop.name}</p>
            <dl className="details-list">
              <dt>{t('deliveries.note.parcelCode')}</dt>
              <dd className="parcel-label__code">{code}</dd>
              <dt>{t('deliveries.note.day')}</dt>
              <dd>{formatSwedishDay(note.date, locale)}</dd>
              {note.zoneName ? (
                <>
                  <dt>{t('deliveries.note.zone')}</dt>
                  <dd>{note.zoneName}</dd>
                </>
              ) : null}
              <dt>{t('deliveries.note.carrier')}</dt>
              <dd>{note.carrier?.name ?? t('deliveries.note.noCarrier')}</dd>
            </dl>
          </div>
          <QrCode
            text={code}
            label={t('deliveries.note.qrAlt', { code })}
            className="delivery-note__qr"
          />
        </div>
        <h2>{t('deliveries.note.recipient')}</h2>
        <p className="delivery-note__recipient">
          <strong>{recipient.name}</strong>
          <br />
          {recipient.streetAddress}
          <br />
          {formatPostalCode(recipient.postalCode)} {recipient.village}
        </p>
        <dl className="details-list">
          <dt>{t('deliveries.note.phone')}</dt>
          <dd>{recipient.phone}</dd>
          {recipient.doorCode ? (
            <>
              <dt>{t('deliveries.note.doorCode')}</dt>
              <dd>{recipient.doorCode}</dd>
            </>
          ) : null}
          {recipient.driverNote ? (
            <>
              <dt>{t('deliveries.note.driverNote')}</dt>
              <dd>{recipient.driverNote}</dd>
            </>
          ) : null}
          <dt>{t('deliveries.note.coolBags')}</dt>
          <dd>{note.coolBags}</dd>
          <dt>{note.collectOre > 0 ? t('deliveries.note.collect') : t('deliveries.note.paid')}</dt>
          <dd>{note.collectOre > 0 ? formatOre(note.collectOre) : '—'}</dd>
        </dl>
        <h2>{t('deliveries.note.goods')}</h2>
        <ul>
          {note.lines.map((line, index) => (
            <li key={index}>
              {line.quantity} × {line.title}
              {line.variantName ? ` (${line.variantName})` : ''} —{' '}
              {t(`deliveries.note.storage.${line.storageClass}`)}
            </li>
          ))}
        </ul>
      </article>
    </div>
  );
}

export const route = { loader: loadDeliveryNote, Component: DeliveryNotePage };
