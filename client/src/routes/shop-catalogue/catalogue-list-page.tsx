import { Form, Link, type LoaderFunctionArgs, useLoaderData, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProductStatus } from '@e-galleria/shared/catalogue';
import { listShopProducts } from '../../api/catalogue-api.ts';
import { fetchShop } from '../../api/shops-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { UnitPrice } from '../../components/unit-price.tsx';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { maxRestoredPages } from '../catalogue/search-params.ts';
import { cataloguePath } from './paths.ts';
import { TableScroll } from '../../components/table-scroll.tsx';

const statuses: readonly ProductStatus[] = ['draft', 'published', 'archived'];

async function loadCatalogueList({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  const url = new URL(request.url);
  const requested = url.searchParams.get('status') ?? '';
  const status = (statuses as readonly string[]).includes(requested) ? requested : undefined;
  // Pages loaded with "Show more" are cursors in the URL, as in the storefront search.
  const cursors = url.searchParams.getAll('cursor').slice(0, maxRestoredPages - 1);
  const filters = status ? { status } : {};
  try {
    const [{ shop }, ...pages] = await Promise.all([
      fetchShop(shopId, request.signal),
      listShopProducts(shopId, filters, request.signal),
      ...cursors.map((cursor) => listShopProducts(shopId, { ...filters, cursor }, request.signal)),
    ]);
    return {
      shop,
      items: pages.flatMap((page) => page.items),
      nextCursor: pages.at(-1)?.nextCursor ?? null,
    };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

function CatalogueListPage() {
  const { t } = useTranslation();
  const { shop, items, nextCursor } = useLoaderData<typeof loadCatalogueList>();
  const [searchParams] = useSearchParams();
  const moreParams = new URLSearchParams(searchParams);
  if (nextCursor) moreParams.append('cursor', nextCursor);
  return (
    <div className="page">
      <p>
        <Link to={`/konto/butiker/${shop.id}`}>
          {t('catalogue.owner.backToShop', { shop: shop.name })}
        </Link>
      </p>
      <PageHeading title={t('catalogue.owner.listTitle', { shop: shop.name })} />
      <ul className="actions-row inline-list">
        <li>
          <Link className="button" to={cataloguePath(shop.id, '/ny')}>
            {t('catalogue.owner.newGood')}
          </Link>
        </li>
        <li>
          <Link className="button button--secondary" to={cataloguePath(shop.id, '/ny?typ=tjanst')}>
            {t('catalogue.owner.newService')}
          </Link>
        </li>
        <li>
          <Link className="button button--secondary" to={cataloguePath(shop.id, '/import')}>
            {t('catalogue.owner.importLink')}
          </Link>
        </li>
      </ul>
      <Form
        method="get"
        className="form--inline catalogue-filter"
        key={searchParams.get('status') ?? ''}
      >
        <div className="field">
          <label htmlFor="status-filter" className="field__label">
            {t('catalogue.owner.statusFilter')}
          </label>
          <select
            id="status-filter"
            name="status"
            className="input"
            defaultValue={searchParams.get('status') ?? ''}
          >
            <option value="">{t('catalogue.owner.allStatuses')}</option>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {t(`catalogue.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t('catalogue.owner.filter')}
        </button>
      </Form>
      {items.length === 0 ? (
        <p>{t('catalogue.owner.empty')}</p>
      ) : (
        <TableScroll label={t('catalogue.owner.tableCaption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('catalogue.owner.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogue.owner.columnTitle')}</th>
                <th scope="col">{t('catalogue.owner.columnStatus')}</th>
                <th scope="col">{t('catalogue.owner.columnPrice')}</th>
                <th scope="col">{t('catalogue.owner.columnStock')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((product) => (
                <tr key={product.id}>
                  <th scope="row">
                    <Link to={cataloguePath(shop.id, `/${product.id}`)}>{product.title}</Link>
                    <span className="muted catalogue-table__meta">
                      {' '}
                      · {t(`catalogue.kind.${product.kind}`)}
                      {product.sku ? ` · ${product.sku}` : ''}
                    </span>
                  </th>
                  <td>
                    <span
                      className={product.status === 'published' ? 'badge badge--success' : 'badge'}
                    >
                      {t(`catalogue.status.${product.status}`)}
                    </span>
                  </td>
                  <td>
                    <UnitPrice
                      priceOre={product.priceFromOre}
                      unit={product.unit}
                      kind={product.kind}
                      isFrom={product.hasVariants}
                    />
                  </td>
                  <td>
                    {product.stock === null ? t('catalogue.owner.stockNotTracked') : product.stock}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {nextCursor ? (
        <p>
          <Link
            to={`?${moreParams.toString()}`}
            replace
            preventScrollReset
            className="button button--secondary"
          >
            {t('catalogue.search.showMore')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

export const route = { loader: loadCatalogueList, Component: CatalogueListPage };
