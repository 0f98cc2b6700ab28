import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { CarrierMonthReport, CostBasis } from '@e-galleria/shared/carrier-reports';
import { isApiError, type ApiErrorCode } from '../../api/api-error.ts';
import {
  carrierReportFileUrl,
  fetchCarrierReport,
  submitCarrierReport,
} from '../../api/carrier-reports-api.ts';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import { SubmitButton } from '../../components/form-fields.tsx';
import { RunCorrectionsHistory } from '../../components/run-corrections-history.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatOre, parseKronorToOre } from '../../lib/money.ts';
import { CorrectionPanel } from './correction-panel.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay } from '../../lib/format-date.ts';
import { formatKilometres } from '../../lib/format-number.ts';

/** The month before today's, as YYYY-MM: the latest a report can be made for. */
function lastMonth(): string {
  const [year, month] = swedishDateOf(Date.now()).split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; code: ApiErrorCode }
  | { kind: 'ready'; report: CarrierMonthReport };

/**
 * The carrier's monthly report to the municipality (issue 14): the month's deliveries per
 * household and day with their totals, downloads, and — until the municipality has it — the
 * price to invoice and the submit button.
 */
export function MonthReportPanel({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const describeCode = useErrorCodeMessage();
  const id = useId();
  const latest = lastMonth();
  const [month, setMonth] = useState(latest);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [basis, setBasis] = useState<CostBasis>('delivery');
  const [price, setPrice] = useState('');
  const [isSubmitting, setSubmitting] = useState(false);
  const [submitFailure, setSubmitFailure] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchCarrierReport(slug, month, controller.signal).then(
      ({ report }) => setState({ kind: 'ready', report }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'failed', code: isApiError(error) ? error.code : 'internal_error' });
      },
    );
    return () => controller.abort();
  }, [slug, month]);

  async function submit() {
    const costUnitOre = parseKronorToOre(price);
    if (costUnitOre === null) {
      setSubmitFailure(t('carrierReports.carrier.invalidCost'));
      return;
    }
    setSubmitting(true);
    setSubmitFailure(null);
    try {
      const { report } = await submitCarrierReport(slug, month, { costBasis: basis, costUnitOre });
      setState({ kind: 'ready', report });
    } catch (error) {
      setSubmitFailure(describeCode({ code: isApiError(error) ? error.code : 'internal_error' }));
    } finally {
      setSubmitting(false);
    }
  }

  const canSubmit =
    state.kind === 'ready' && (state.report.status === null || state.report.status === 'returned');
  return (
    <section aria-labelledby={`${id}-heading`} className="panel month-report">
      <h2 id={`${id}-heading`}>{t('carrierReports.carrier.heading')}</h2>
      <p className="muted">{t('carrierReports.carrier.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-month`}>{t('carrierReports.carrier.month')}</label>
        <input
          id={`${id}-month`}
          className="input"
          type="month"
          max={latest}
          value={month}
          onChange={(event) => {
            if (!/^\d{4}-\d{2}$/.test(event.target.value)) return;
            setState({ kind: 'loading' });
            setMonth(event.target.value);
          }}
        />
      </div>
      {state.kind === 'loading' ? (
        <p role="status">{t('carrierReports.carrier.loading')}</p>
      ) : state.kind === 'failed' ? (
        <p role="alert" className="notice notice--error">
          {t('carrierReports.carrier.loadFailed', { reason: describeCode({ code: state.code }) })}
        </p>
      ) : (
        <ReportBody report={state.report} />
      )}
      {state.kind === 'ready' ? (
        <p className="month-report__links">
          <a href={carrierReportFileUrl(slug, month, 'pdf')}>{t('carrierReports.carrier.pdf')}</a>{' '}
          <a href={carrierReportFileUrl(slug, month, 'csv')}>{t('carrierReports.carrier.csv')}</a>
        </p>
      ) : null}
      {canSubmit ? (
        <CorrectionPanel
          key={month}
          slug={slug}
          month={month}
          onCorrected={(report) => setState({ kind: 'ready', report })}
        />
      ) : null}
      {canSubmit ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <fieldset>
            <legend>{t('carrierReports.carrier.costBasis')}</legend>
            {(['delivery', 'run'] as const).map((option) => (
              <label key={option} className="choice">
                <input
                  type="radio"
                  name={`${id}-basis`}
                  value={option}
                  checked={basis === option}
                  onChange={() => setBasis(option)}
                />{' '}
                {option === 'delivery'
                  ? t('carrierReports.carrier.perDelivery')
                  : t('carrierReports.carrier.perRun')}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-price`}>{t('carrierReports.carrier.costUnit')}</label>
            <input
              id={`${id}-price`}
              inputMode="decimal"
              required
              value={price}
              onChange={(event) => setPrice(event.target.value)}
            />
          </div>
          {submitFailure ? (
            <p role="alert" className="notice notice--error">
              {submitFailure}
            </p>
          ) : null}
          <SubmitButton isBusy={isSubmitting}>
            {isSubmitting
              ? t('carrierReports.carrier.submitting')
              : t('carrierReports.carrier.submit')}
          </SubmitButton>
        </form>
      ) : null}
    </section>
  );
}

function ReportBody({ report }: { report: CarrierMonthReport }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { totals } = report;
  return (
    <>
      {report.status ? (
        <p className={report.status === 'returned' ? 'notice notice--error' : 'notice'}>
          {t(`carrierReports.carrier.status.${report.status}`)}
          {report.comment ? (
            <>
              <br />
              {t('carrierReports.carrier.comment', { comment: report.comment })}
            </>
          ) : null}
        </p>
      ) : null}
      {report.lines.length === 0 ? (
        <p>{t('carrierReports.carrier.empty')}</p>
      ) : (
        <TableScroll label={t('carrierReports.carrier.tableLabel')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('carrierReports.carrier.date')}</th>
                <th scope="col">{t('carrierReports.carrier.household')}</th>
                <th scope="col">{t('carrierReports.carrier.village')}</th>
                <th scope="col">{t('carrierReports.carrier.deliveries')}</th>
                <th scope="col">{t('carrierReports.carrier.fee')}</th>
              </tr>
            </thead>
            <tbody>
              {report.lines.map((line, index) => (
                <tr key={`${line.date}-${String(index)}`}>
                  <td>{formatSwedishDay(line.date, locale)}</td>
                  <td>{line.householdName}</td>
                  <td>{line.village}</td>
                  <td>{line.deliveries}</td>
                  <td>{formatOre(line.feeOre)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h3>{t('carrierReports.carrier.totals')}</h3>
      <ul className="month-report__totals">
        <li>{t('carrierReports.carrier.totalDeliveries', { count: totals.deliveries })}</li>
        <li>{t('carrierReports.carrier.totalHouseholds', { count: totals.households })}</li>
        <li>{t('carrierReports.carrier.totalRuns', { count: totals.runs })}</li>
        <li>{t('carrierReports.carrier.totalKm', { km: formatKilometres(totals.km, locale) })}</li>
        <li>{t('carrierReports.carrier.totalFees', { amount: formatOre(totals.feesOre) })}</li>
        {report.cost ? (
          <li>
            <strong>
              {t('carrierReports.carrier.costToInvoice', {
                amount: formatOre(report.cost.totalOre),
              })}
            </strong>
          </li>
        ) : null}
      </ul>
      <RunCorrectionsHistory corrections={report.corrections} />
    </>
  );
}
