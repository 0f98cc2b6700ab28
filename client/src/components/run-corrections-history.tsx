import { useTranslation } from 'react-i18next';
import { perLocale } from '@e-galleria/shared/intl-locale-tags';
import type { RunCorrection } from '@e-galleria/shared/run-corrections';
import { useLocale } from '../i18n/use-locale.ts';
import { formatDateTime, formatSwedishDay } from '../lib/format-date.ts';
import { formatOre } from '../lib/money.ts';

const kmFormats = perLocale((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));

/**
 * A month's corrections of runs and deliveries, newest first: what changed from → to, why,
 * who and when (decision 0044). The carrier and the municipality see the same history.
 */
export function RunCorrectionsHistory({
  corrections,
  headingLevel = 3,
}: {
  corrections: readonly RunCorrection[];
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const change = (correction: RunCorrection) => {
    const { from, to } = correction;
    if (correction.field === 'km')
      return t('runCorrections.history.km', {
        from: from === null ? '–' : kmFormats[locale].format(from),
        to: to === null ? '–' : kmFormats[locale].format(to),
      });
    if (correction.field === 'delivered')
      return t('runCorrections.history.delivered', {
        from: from === 1 ? t('runCorrections.history.yes') : t('runCorrections.history.no'),
        to: to === 1 ? t('runCorrections.history.yes') : t('runCorrections.history.no'),
      });
    return t('runCorrections.history.collected', {
      from: from === null ? '–' : formatOre(from),
      to: to === null ? '–' : formatOre(to),
    });
  };
  return (
    <div className="run-corrections">
      <Heading>{t('runCorrections.history.heading')}</Heading>
      {corrections.length === 0 ? (
        <p className="muted">{t('runCorrections.history.empty')}</p>
      ) : (
        <ul className="run-corrections__list">
          {corrections.map((correction) => (
            <li key={correction.id}>
              <strong>
                {formatSwedishDay(correction.date, locale)} · {correction.subject}:
              </strong>{' '}
              {change(correction)}
              <br />
              {t('runCorrections.history.reason', { reason: correction.reason })}
              <br />
              <span className="muted">
                {t('runCorrections.history.by', {
                  by: correction.by,
                  at: formatDateTime(correction.at, locale),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
