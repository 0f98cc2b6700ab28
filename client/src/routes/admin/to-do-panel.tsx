import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ToDoItem, ToDoKind } from '@e-galleria/shared/to-do';
import { adminHomeDeliveryPath } from '../home-delivery/paths.ts';
import { adminHouseholdsPath } from '../households/paths.ts';

/** Where each kind of waiting work is done: the list it waits in, or the panel on a page. */
const pathOf: Record<ToDoKind, (slug: string) => string> = {
  shop_applications: (slug) => `/admin/kommun/${encodeURIComponent(slug)}/butiker?status=submitted`,
  household_applications: (slug) => `${adminHouseholdsPath(slug)}?status=applied`,
  listing_requests: (slug) => `/admin/kommun/${encodeURIComponent(slug)}/butiker#listing-requests`,
  carrier_reports: (slug) => `${adminHomeDeliveryPath(slug)}#carrier-reports`,
};

/**
 * "Att göra" on the municipality admin's start page: what waits on the municipality, each
 * with its count and a link to where it is decided; only what is waiting is listed.
 */
export function ToDoPanel({ slug, items }: { slug: string; items: readonly ToDoItem[] }) {
  const { t } = useTranslation();
  const waiting = items.filter((item) => item.count > 0);
  return (
    <section aria-labelledby="to-do-heading" className="panel">
      <h2 id="to-do-heading">{t('admin.toDo.heading')}</h2>
      {waiting.length === 0 ? (
        <p>{t('admin.toDo.empty')}</p>
      ) : (
        <ul className="item-list">
          {waiting.map((item) => (
            <li key={item.kind} className="item-list__item">
              <Link to={pathOf[item.kind](slug)} className="item-list__title">
                {t(`admin.toDo.${item.kind}`, { count: item.count })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
