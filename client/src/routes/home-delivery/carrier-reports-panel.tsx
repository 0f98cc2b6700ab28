import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarrierReportSummary, CarrierReportTotals } from '@e-galleria/shared/carrier-reports';
import { isApiError, type ApiErrorCode } from '../../api/api-error.ts';
import {
  decideCarrierReport,
  listCarrierReports,
  receivedReportPdfUrl,
} from '../../api/carrier-reports-api.ts';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import { RunCorrectionsHistory } from '../../components/run-corrections-history.tsx';
import { formatOre } from '../../lib/money.ts';
import { ReportComparison } from './report-comparison.tsx';
import { ReportForward } from './report-forward.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishMonth } from '../../lib/format-date.ts';
import { formatKilometres } from '../../lib/format-number.ts';

/** Whether the report's figures differ from what the system records for the month now. */
const differs = (submitted: CarrierReportTotals, recorded: CarrierReportTotals) =>
  submitted.deliveries !== recorded.deliveries ||
  submitted.households !== recorded.households ||
  submitted.runs !== recorded.runs ||
  submitted.km !== recorded.km ||
  submitted.feesOre !== recorded.feesOre;

type State =
  | { kind: 'loading' }
  | { kind: 'hidden' }
  | { kind: 'failed'; code: ApiErrorCode }
  | { kind: 'ready'; reports: CarrierReportSummary[] };

/**
 * The carriers' monthly reports the municipality received (issue 14), each approved or
 * returned with a comment. Only the municipality's own admins decide them: for anyone else
 * (the region's admin) the panel stays away.
 */
export function CarrierReportsPanel({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const describeCode = useErrorCodeMessage();
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    listCarrierReports(slug, controller.signal).then(
      ({ reports }) => setState({ kind: 'ready', reports }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (isApiError(error, 'forbidden')) setState({ kind: 'hidden' });
        else setState({ kind: 'failed', code: isApiError(error) ? error.code : 'internal_error' });
      },
    );
    return () => controller.abort();
  }, [slug]);

  if (state.kind === 'hidden') return null;
  const replace = (report: CarrierReportSummary) =>
    setState((current) =>
      current.kind === 'ready'
        ? {
            kind: 'ready',
            reports: current.reports.map((each) => (each.id === report.id ? report : each)),
          }
        : current,
    );
  return (
    <section id="carrier-reports" aria-labelledby={`${id}-heading`} className="panel">
      {/* Takes focus when the to-do list links here (focus-on-navigation.tsx). */}
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {t('carrierReports.admin.heading')}
      </h2>
      {state.kind === 'loading' ? (
        <p role="status">{t('carrierReports.admin.loading')}</p>
      ) : state.kind === 'failed' ? (
        <p role="alert" className="notice notice--error">
          {t('carrierReports.admin.loadFailed', { reason: describeCode({ code: state.code }) })}
        </p>
      ) : state.reports.length === 0 ? (
        <p>{t('carrierReports.admin.empty')}</p>
      ) : (
        <ul className="carrier-report-list">
          {state.reports.map((report) => (
            <ReceivedReport key={report.id} slug={slug} report={report} onDecided={replace} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReceivedReport({
  slug,
  report,
  onDecided,
}: {
  slug: string;
  report: CarrierReportSummary;
  onDecided: (report: CarrierReportSummary) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const describeCode = useErrorCodeMessage();
  const id = useId();
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const { totals, recorded } = report;

  async function decide(decision: 'approve' | 'return') {
    if (decision === 'return' && !comment.trim()) {
      setFailure(t('carrierReports.admin.commentRequired'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onDecided((await decideCarrierReport(slug, report.id, decision, comment.trim())).report);
    } catch (error) {
      setFailure(describeCode({ code: isApiError(error) ? error.code : 'internal_error' }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="panel">
      <h3>
        {t('carrierReports.admin.report', {
          carrier: report.carrier.name,
          month: formatSwedishMonth(report.month, locale),
        })}
      </h3>
      <p>{t(`carrierReports.admin.status.${report.status}`)}</p>
      <p>
        {t('carrierReports.admin.summary', {
          deliveries: totals.deliveries,
          households: totals.households,
          runs: totals.runs,
          km: formatKilometres(totals.km, locale),
          cost: formatOre(report.costOre),
        })}
      </p>
      {recorded && differs(totals, recorded) ? (
        <p className="notice notice--warning">
          <strong>{t('carrierReports.admin.differs')}</strong>
        </p>
      ) : null}
      {recorded ? <ReportComparison submitted={totals} recorded={recorded} /> : null}
      <RunCorrectionsHistory corrections={report.corrections} headingLevel={4} />
      {report.comment ? <p className="muted">{report.comment}</p> : null}
      <p>
        <a href={receivedReportPdfUrl(slug, report.id)}>{t('carrierReports.admin.pdf')}</a>
      </p>
      {report.status === 'approved' ? (
        <ReportForward slug={slug} report={report} onForwarded={onDecided} />
      ) : null}
      {report.status === 'submitted' ? (
        <div className="form">
          <div className="field">
            <label htmlFor={`${id}-comment`}>{t('carrierReports.admin.comment')}</label>
            <textarea
              id={`${id}-comment`}
              maxLength={1000}
              rows={2}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
          </div>
          {failure ? (
            <p role="alert" className="notice notice--error">
              {failure}
            </p>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={isBusy}
            onClick={() => void decide('approve')}
          >
            {t('carrierReports.admin.approve')}
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            disabled={isBusy}
            onClick={() => void decide('return')}
          >
            {t('carrierReports.admin.return')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
