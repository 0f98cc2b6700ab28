import type {
  CarrierMonthReport,
  CarrierReportSummary,
  CostBasis,
} from '@e-galleria/shared/carrier-reports';
import type {
  CorrectableMonth,
  CorrectNoteBody,
  CorrectRunBody,
  ForwardCarrierReportBody,
} from '@e-galleria/shared/run-corrections';
import { requestJson } from './http-client.ts';

const carrierPath = (slug: string, month: string) =>
  `/v1/carriers/${encodeURIComponent(slug)}/reports/${encodeURIComponent(month)}`;
const adminPath = (slug: string) =>
  `/v1/admin/municipalities/${encodeURIComponent(slug)}/carrier-reports`;

export function fetchCarrierReport(
  slug: string,
  month: string,
  signal?: AbortSignal,
): Promise<{ report: CarrierMonthReport }> {
  return requestJson(carrierPath(slug, month), { signal });
}

export function submitCarrierReport(
  slug: string,
  month: string,
  body: { costBasis: CostBasis; costUnitOre: number },
): Promise<{ report: CarrierMonthReport }> {
  return requestJson(`${carrierPath(slug, month)}/submit`, { method: 'POST', body });
}

/** Where the report downloads (plain links: the browser sends the session cookie). */
export const carrierReportFileUrl = (slug: string, month: string, kind: 'pdf' | 'csv') =>
  `/api${carrierPath(slug, month)}/report.${kind}`;

export function listCarrierReports(
  slug: string,
  signal?: AbortSignal,
): Promise<{ reports: CarrierReportSummary[] }> {
  return requestJson(adminPath(slug), { signal });
}

export const receivedReportPdfUrl = (slug: string, id: string) =>
  `/api${adminPath(slug)}/${encodeURIComponent(id)}/report.pdf`;

export function decideCarrierReport(
  slug: string,
  id: string,
  decision: 'approve' | 'return',
  comment: string,
): Promise<{ report: CarrierReportSummary }> {
  return requestJson(`${adminPath(slug)}/${encodeURIComponent(id)}/${decision}`, {
    method: 'POST',
    body: comment ? { comment } : {},
  });
}

/** The month's closed runs and driven notes, for the carrier to correct (decision 0044). */
export function fetchCorrectableMonth(
  slug: string,
  month: string,
  signal?: AbortSignal,
): Promise<CorrectableMonth> {
  return requestJson(`${carrierPath(slug, month)}/correctable`, { signal });
}

export function correctRun(
  slug: string,
  month: string,
  runId: string,
  body: CorrectRunBody,
): Promise<{ report: CarrierMonthReport }> {
  return requestJson(`${carrierPath(slug, month)}/runs/${encodeURIComponent(runId)}/correct`, {
    method: 'POST',
    body,
  });
}

export function correctNote(
  slug: string,
  month: string,
  orderId: string,
  body: CorrectNoteBody,
): Promise<{ report: CarrierMonthReport }> {
  return requestJson(`${carrierPath(slug, month)}/notes/${encodeURIComponent(orderId)}/correct`, {
    method: 'POST',
    body,
  });
}

/** Mails an approved report's PDF as it is, e.g. to the county board's registry. */
export function forwardCarrierReport(
  slug: string,
  id: string,
  body: ForwardCarrierReportBody,
): Promise<{ report: CarrierReportSummary }> {
  return requestJson(`${adminPath(slug)}/${encodeURIComponent(id)}/forward`, {
    method: 'POST',
    body,
  });
}
