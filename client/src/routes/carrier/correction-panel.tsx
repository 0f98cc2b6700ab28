import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarrierMonthReport } from '@e-galleria/shared/carrier-reports';
import type { CorrectableMonth } from '@e-galleria/shared/run-corrections';
import { isApiError, type ApiErrorCode } from '../../api/api-error.ts';
import { correctNote, correctRun, fetchCorrectableMonth } from '../../api/carrier-reports-api.ts';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import { NoteItem, RunItem } from './correction-items.tsx';

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; code: ApiErrorCode }
  | { kind: 'ready'; month: CorrectableMonth };

/** Which run or note has its form open: one at a time, so a phone shows one form. */
type Open = { kind: 'run'; id: string } | { kind: 'note'; id: string } | null;

/**
 * The carrier corrects a wrong run or delivery of a month not yet submitted, or returned
 * (decision 0044): each with a reason, kept in the history the municipality sees.
 */
export function CorrectionPanel({
  slug,
  month,
  onCorrected,
}: {
  slug: string;
  month: string;
  onCorrected: (report: CarrierMonthReport) => void;
}) {
  const { t } = useTranslation();
  const describeCode = useErrorCodeMessage();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState(false);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchCorrectableMonth(slug, month, controller.signal).then(
      (correctable) => setState({ kind: 'ready', month: correctable }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'failed', code: isApiError(error) ? error.code : 'internal_error' });
      },
    );
    return () => controller.abort();
  }, [slug, month, generation]);

  const done = (report: CarrierMonthReport) => {
    setOpen(null);
    setSaved(true);
    setGeneration((value) => value + 1);
    onCorrected(report);
  };
  const toggle = (next: Open) => {
    setSaved(false);
    setOpen(next);
  };

  return (
    <div className="correction-panel">
      <h3>{t('runCorrections.carrier.heading')}</h3>
      <p className="muted">{t('runCorrections.carrier.intro')}</p>
      <p role="status" className={saved ? 'notice' : 'visually-hidden'}>
        {saved ? t('runCorrections.carrier.saved') : ''}
      </p>
      {state.kind === 'loading' ? (
        <p>{t('runCorrections.carrier.loading')}</p>
      ) : state.kind === 'failed' ? (
        <p role="alert" className="notice notice--error">
          {t('runCorrections.carrier.loadFailed', { reason: describeCode({ code: state.code }) })}
        </p>
      ) : (
        <>
          <h4>{t('runCorrections.carrier.runs')}</h4>
          {state.month.runs.length === 0 ? (
            <p className="muted">{t('runCorrections.carrier.noRuns')}</p>
          ) : (
            <ul className="correction-list">
              {state.month.runs.map((run) => (
                <li key={run.id}>
                  <RunItem
                    run={run}
                    isOpen={open?.kind === 'run' && open.id === run.id}
                    onToggle={(isOpen) => toggle(isOpen ? { kind: 'run', id: run.id } : null)}
                    send={(km, reason) => correctRun(slug, month, run.id, { km, reason })}
                    onSaved={done}
                  />
                </li>
              ))}
            </ul>
          )}
          {/* A month has many deliveries: folded, so the runs and the submit stay near. */}
          <details className="correction-details">
            <summary>
              {t('runCorrections.carrier.notesSummary', { count: state.month.notes.length })}
            </summary>
            {state.month.notes.length === 0 ? (
              <p className="muted">{t('runCorrections.carrier.noNotes')}</p>
            ) : (
              <ul className="correction-list">
                {state.month.notes.map((note) => (
                  <li key={note.orderId}>
                    <NoteItem
                      note={note}
                      isOpen={open?.kind === 'note' && open.id === note.orderId}
                      onToggle={(isOpen) =>
                        toggle(isOpen ? { kind: 'note', id: note.orderId } : null)
                      }
                      send={(body) => correctNote(slug, month, note.orderId, body)}
                      onSaved={done}
                    />
                  </li>
                ))}
              </ul>
            )}
          </details>
        </>
      )}
    </div>
  );
}
