import { useTranslation } from 'react-i18next';

/** Weekdays (ISO, 1 = Monday) as a sentence's list: "tisdag och fredag", "Tuesday and Friday". */
export function useWeekdayList(): (days: readonly number[]) => string {
  const { t, i18n } = useTranslation();
  const format = new Intl.ListFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', {
    type: 'conjunction',
  });
  return (days) =>
    format.format(
      [...days]
        .sort((a, b) => a - b)
        .map((day) => t(`homeDelivery.weekdays.${String(day) as '1'}`)),
    );
}
