import { type SubmitEvent, useEffect, useRef, useState } from 'react';
import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ImportJob, ImportReport } from '@e-galleria/shared/catalogue-import';
import {
  dryRunImport,
  fetchImport,
  importTemplatePath,
  startImport,
} from '../../api/catalogue-api.ts';
import { fetchShop } from '../../api/shops-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { type FormFailure, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { ImportColumnsHelp, ImportErrorsTable, ImportSummary } from './import-report.tsx';
import { cataloguePath } from './paths.ts';

const pollIntervalMs = 500;

async function loadImportPage({ params, request }: LoaderFunctionArgs) {
  try {
    return await fetchShop(params.shopId ?? '', request.signal);
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

/**
 * Check first, then import: the file stays in the page between the dry run and the import,
 * so the owner sees every bad row before anything changes. The import runs on the server;
 * the page polls its job for the progress bar.
 */
function ImportPage() {
  const { t } = useTranslation();
  const { shop } = useLoaderData<typeof loadImportPage>();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const runningJobId = job?.status === 'running' ? job.id : null;

  useEffect(() => {
    if (!runningJobId) return;
    const controller = new AbortController();
    const timer = setInterval(() => {
      fetchImport(shop.id, runningJobId, controller.signal).then(
        ({ import: latest }) => setJob(latest),
        (error: unknown) => {
          if (!controller.signal.aborted) setFailure(toFormFailure(error));
        },
      );
    }, pollIntervalMs);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [runningJobId, shop.id]);

  useEffect(() => {
    if (report || job?.status === 'completed') resultRef.current?.focus();
  }, [report, job?.status]);

  async function run(action: () => Promise<void>) {
    setIsBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(toFormFailure(error));
    } finally {
      setIsBusy(false);
    }
  }

  function checkFile(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setFailure({
        code: 'validation_failed',
        fieldErrors: [{ field: 'file', code: 'required', message: 'Required.' }],
        retryAfterSeconds: null,
      });
      return;
    }
    setJob(null);
    void run(async () => setReport((await dryRunImport(shop.id, file)).report));
  }

  function importFile() {
    if (!file) return;
    void run(async () => setJob((await startImport(shop.id, file)).import));
  }

  return (
    <div className="page">
      <p>
        <Link to={cataloguePath(shop.id)}>
          {t('catalogue.owner.backToList', { shop: shop.name })}
        </Link>
      </p>
      <PageHeading title={t('catalogue.import.title')} />
      <p className="lead">{t('catalogue.import.intro')}</p>
      <ImportColumnsHelp />
      <p>
        <a href={importTemplatePath} download>
          {t('catalogue.import.template')}
        </a>
      </p>
      <ErrorSummary failure={failure} fieldLabels={{ file: t('catalogue.import.file') }} />
      <form className="form panel" onSubmit={checkFile} noValidate>
        <div
          className={
            failure?.fieldErrors.some((error) => error.field === 'file')
              ? 'field field--invalid'
              : 'field'
          }
        >
          <label htmlFor="field-file" className="field__label">
            {t('catalogue.import.file')}
          </label>
          <p id="field-file-hint" className="field__hint">
            {t('catalogue.import.fileHint')}
          </p>
          <input
            id="field-file"
            type="file"
            name="file"
            accept=".csv,text/csv,text/plain"
            className="input input--file"
            aria-describedby="field-file-hint"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setReport(null);
              setJob(null);
            }}
          />
        </div>
        <SubmitButton isBusy={isBusy}>{t('catalogue.import.check')}</SubmitButton>
      </form>
      <div ref={resultRef} tabIndex={-1} aria-live="polite">
        {report && !job ? (
          <section aria-labelledby="dry-run-heading" className="panel">
            <h2 id="dry-run-heading">{t('catalogue.import.dryRunHeading')}</h2>
            {report.isValid ? (
              <>
                <ImportSummary summary={report.summary} totalRows={report.totalRows} />
                <button type="button" className="button" disabled={isBusy} onClick={importFile}>
                  {t('catalogue.import.start', { count: report.totalRows })}
                </button>
              </>
            ) : (
              <>
                <p>{t('catalogue.import.hasErrors', { count: report.errorCount })}</p>
                <ImportErrorsTable errors={report.errors} />
              </>
            )}
          </section>
        ) : null}
        {job ? <ImportProgress job={job} /> : null}
      </div>
    </div>
  );
}

function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const text = t('catalogue.import.progressText', {
    processed: job.processedRows,
    total: job.totalRows,
  });
  return (
    <section aria-labelledby="progress-heading" className="panel import-progress">
      <h2 id="progress-heading">{t(`catalogue.import.jobStatus.${job.status}`)}</h2>
      <label htmlFor="import-progress">{text}</label>
      <progress id="import-progress" max={Math.max(1, job.totalRows)} value={job.processedRows}>
        {text}
      </progress>
      {job.status === 'completed' ? (
        <p>
          {t('catalogue.import.done', {
            created: job.createdCount,
            updated: job.updatedCount,
            unchanged: job.unchangedCount,
          })}
        </p>
      ) : null}
      {job.status === 'failed' ? (
        <p className="field__error">{t('catalogue.import.failed')}</p>
      ) : null}
    </section>
  );
}

export const route = { loader: loadImportPage, Component: ImportPage };
