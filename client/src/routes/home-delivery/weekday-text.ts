import { useTranslation } from 'react-i18next';
import { intlLocaleTags } from '@e-galleria/shared/intl-locale-tags';
import { useLocale } from '../../i18n/use-locale.ts';

/** Weekdays (ISO, 1 = Monday) as a sentence's list: "tisdag och fredag", "Tuesday and Friday". */
export function useWeekdayList(): (days: readonly number[]) => string {
  const { t } = useTranslation();
  const format = new Intl.ListFormat(intlLocaleTags[useLocale()], {
    type: 'conjunction',
  });
  return (days) =>
    format.format(
      [...days]
        .sort((a, b) => a - b)
        .map((day) => t(`homeDelivery.weekdays.${String(day) as '1'}`)),
    );
}
