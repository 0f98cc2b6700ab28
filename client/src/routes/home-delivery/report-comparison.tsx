import { useTranslation } from 'react-i18next';
import type { CarrierReportTotals } from '@e-galleria/shared/carrier-reports';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatOre } from '../../lib/money.ts';
import type { Locale } from '@e-galleria/shared/locales';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatKilometres } from '../../lib/format-number.ts';

const figures = ['deliveries', 'households', 'runs', 'km', 'fees'] as const;

function valueOf(
  totals: CarrierReportTotals,
  figure: (typeof figures)[number],
  locale: Locale,
): string {
  if (figure === 'km') return formatKilometres(totals.km, locale);
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
  const locale = useLocale();
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
            const before = valueOf(submitted, figure, locale);
            const now = valueOf(recorded, figure, locale);
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
