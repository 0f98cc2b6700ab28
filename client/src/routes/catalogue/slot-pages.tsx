import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The product page's address parameter: times after this instant (an ISO string). */
export const laterSlotsParameter = 'tider';

export type SlotPages = {
  /** The instant the times shown start after; null for the next free times from now. */
  after: string | null;
  /** Where "Senare tider" continues: after the last time shown, or after this window. */
  laterAfter: string;
};

/**
 * "Senare tider" and back to the first: a page shows twelve times in two weeks, and a
 * resident booking for next month must be able to look further ahead.
 */
export function SlotPageLinks({ pages }: { pages: SlotPages }) {
  const { t } = useTranslation();
  const later = new URLSearchParams({ [laterSlotsParameter]: pages.laterAfter });
  return (
    <p className="slot-pages">
      <Link to={`?${later.toString()}`} preventScrollReset>
        {t('basket.add.laterSlots')}
      </Link>
      {pages.after !== null ? (
        <Link to="." preventScrollReset>
          {t('basket.add.firstSlots')}
        </Link>
      ) : null}
    </p>
  );
}
