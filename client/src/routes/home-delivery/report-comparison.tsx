import { useTranslation } from 'react-i18next';
import type { CarrierReportTotals } from '@e-galleria/shared/carrier-reports';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatOre } from '../../lib/money.ts';

const figures = ['deliveries', 'households', 'runs', 'km', 'fees'] as const;

function valueOf(totals: CarrierReportTotals, figure: (typeof figures)[number]): string {
  if (figure === 'km') return totals.km.toFixed(1);
  if (figure === 'fees') return formatOre(totals.feesOre);
  return String(totals[figure]);
}

/**
 * The report as submitted beside what the deliveries module records for its month now
 * (decision 0044): a row that differs is marked in words and in weight, not by colour alone.
 */
export function ReportComparison({
  submitted,
  recorded,
}: {
  submitted: CarrierReportTotals;
  recorded: CarrierReportTotals;
}) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('runCorrections.compare.caption')}>
      <table className="data-table report-comparison">
        <caption>{t('runCorrections.compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('runCorrections.compare.figure')}</th>
            <th scope="col">{t('runCorrections.compare.submitted')}</th>
            <th scope="col">{t('runCorrections.compare.recorded')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => {
            const before = valueOf(submitted, figure);
            const now = valueOf(recorded, figure);
            const differs = before !== now;
            return (
              <tr key={figure} className={differs ? 'report-comparison__differs' : undefined}>
                <th scope="row">{t(`runCorrections.compare.${figure}`)}</th>
                <td>{before}</td>
                <td>
                  {now}
                  {differs ? (
                    <>
                      {' '}
                      <strong className="report-comparison__flag">
                        {t('runCorrections.compare.differs')}
                      </strong>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
