import { useTranslation } from 'react-i18next';
import type { ImportReport, ImportRowError } from '@e-galleria/shared/catalogue-import';
import { svCatalogue } from '../../i18n/sv-catalogue.ts';
import { TableScroll } from '../../components/table-scroll.tsx';

// The columns in template order, from the texts that describe them (typed by ImportColumn).
const columns = Object.keys(
  svCatalogue.importColumns,
) as (keyof typeof svCatalogue.importColumns)[];

export function ImportColumnsHelp() {
  const { t } = useTranslation();
  return (
    <details className="panel">
      <summary>{t('catalogue.import.formatHeading')}</summary>
      <p>{t('catalogue.import.formatIntro')}</p>
      <dl className="details-list">
        {columns.map((column) => (
          <div key={column} className="details-list__row">
            <dt>
              <code>{column}</code>
            </dt>
            <dd>{t(`catalogue.importColumns.${column}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function ImportSummary({
  summary,
  totalRows,
}: {
  summary: ImportReport['summary'];
  totalRows: number;
}) {
  const { t } = useTranslation();
  return (
    <p>
      {t('catalogue.import.summary', {
        count: totalRows,
        create: summary.create,
        update: summary.update,
        unchanged: summary.unchanged,
      })}
    </p>
  );
}

/**
 * Every bad row with its line, column and reason, translated by its code; the server's English
 * reason is the fallback for a code this client does not know yet.
 */
export function ImportErrorsTable({ errors }: { errors: readonly ImportRowError[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('catalogue.import.errorsCaption')}>
      <table className="data-table">
        <caption>{t('catalogue.import.errorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalogue.import.line')}</th>
            <th scope="col">{t('catalogue.import.column')}</th>
            <th scope="col">{t('catalogue.import.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={`${error.line}-${error.column ?? ''}-${index}`}>
              <td>{error.line}</td>
              <td>{error.column ? <code>{error.column}</code> : t('catalogue.import.wholeRow')}</td>
              {Object.hasOwn(svCatalogue.importErrors, error.code) ? (
                <td>{t(`catalogue.importErrors.${error.code}`)}</td>
              ) : (
                <td lang="en">{error.reason}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
