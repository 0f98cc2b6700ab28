import { useCallback, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterParcel } from '@e-galleria/shared/counter';
import { SubmitButton } from '../../components/form-fields.tsx';
import { useParcelRefusal } from './parcel-refusal.ts';
import { normaliseParcelCode } from './counter-queue.ts';
import { CounterNoticeView, type CounterNotice } from './counter-notice.tsx';
import { ScanButton } from './scan-button.tsx';
import type { SubmitOutcome } from '../../lib/offline-queue.ts';

/** A label's QR may carry a link or more than the code: the code is its last 8-character word. */
function codeFromScan(text: string): string {
  const words = text.toUpperCase().match(/[A-Z0-9]{6,12}/g);
  return words?.at(-1) ?? normaliseParcelCode(text);
}

export function CheckInPanel({
  parcels,
  isOnline,
  onCheckIn,
}: {
  parcels: CounterParcel[];
  isOnline: boolean;
  onCheckIn: (parcelCode: string) => Promise<SubmitOutcome>;
}) {
  const { t } = useTranslation();
  const refusalOf = useParcelRefusal();
  const [code, setCode] = useState('');
  const [notice, setNotice] = useState<CounterNotice>(null);
  const [isBusy, setBusy] = useState(false);
  const onScan = useCallback((text: string) => setCode(codeFromScan(text)), []);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const parcelCode = normaliseParcelCode(code);
    if (parcelCode === '') return;
    // The server takes 4–12 characters (shared/src/counter.ts); "12" said "Några fält behöver
    // rättas", which names no field on this form.
    if (parcelCode.length < 4 || parcelCode.length > 12) {
      setNotice({ isError: true, text: t('counter.checkIn.codeFormat') });
      return;
    }
    const known = parcels.find((parcel) => parcel.parcelCode === parcelCode);
    // Offline only what was loaded can be checked in: the code is checked against it here.
    if (!isOnline && !known) {
      setNotice({ isError: true, text: t('counter.checkIn.unknownOffline') });
      return;
    }
    setBusy(true);
    const outcome = await onCheckIn(parcelCode);
    setBusy(false);
    if (outcome === 'queued')
      setNotice({ isError: false, text: t('counter.checkIn.queued', { code: parcelCode }) });
    else if (outcome === 'sent') {
      setCode('');
      setNotice({ isError: false, text: t('counter.checkIn.done', { code: parcelCode }) });
    } else setNotice({ isError: true, text: refusalOf('check_in', outcome) });
  }

  return (
    <section aria-labelledby="check-in-heading" className="panel counter-panel">
      <h2 id="check-in-heading">{t('counter.checkIn.heading')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="check-in-code" className="field__label">
            {t('counter.checkIn.code')}
          </label>
          <p id="check-in-code-hint" className="field__hint">
            {t('counter.checkIn.hint')}
          </p>
          <input
            id="check-in-code"
            className="input counter-code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="check-in-code-hint"
            required
          />
        </div>
        <div className="actions-row inline-list">
          <SubmitButton isBusy={isBusy}>{t('counter.checkIn.submit')}</SubmitButton>
          <ScanButton onCode={onScan} />
        </div>
      </form>
      <CounterNoticeView notice={notice} />
    </section>
  );
}
