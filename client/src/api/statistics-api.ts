import type {
  MunicipalityStatistics,
  RegionStatistics,
  ShopStatistics,
} from '@e-galleria/shared/statistics';
import type { StatisticsPeriod } from '@e-galleria/shared/statistics-periods';
import type { SubsidyRuleBody, SubsidyRulesResponse } from '@e-galleria/shared/subsidy-rules';
import { requestJson } from './http-client.ts';

const periodOf = (period: StatisticsPeriod) =>
  new URLSearchParams({ from: period.from, to: period.to }).toString();
const municipalityPath = (slug: string) =>
  `/v1/admin/municipalities/${encodeURIComponent(slug)}/statistics`;

export function fetchMunicipalityStatistics(
  slug: string,
  period: StatisticsPeriod,
  signal?: AbortSignal,
): Promise<MunicipalityStatistics> {
  return requestJson(`${municipalityPath(slug)}?${periodOf(period)}`, { signal });
}

export function municipalityStatisticsCsvHref(slug: string, period: StatisticsPeriod): string {
  return `/api${municipalityPath(slug)}.csv?${periodOf(period)}`;
}

export function fetchRegionStatistics(
  period: StatisticsPeriod,
  signal?: AbortSignal,
): Promise<RegionStatistics> {
  return requestJson(`/v1/admin/region/statistics?${periodOf(period)}`, { signal });
}

export function regionStatisticsCsvHref(period: StatisticsPeriod): string {
  return `/api/v1/admin/region/statistics.csv?${periodOf(period)}`;
}

export function fetchShopStatistics(
  shopId: string,
  period: StatisticsPeriod,
  signal?: AbortSignal,
): Promise<ShopStatistics> {
  return requestJson(`/v1/shops/${encodeURIComponent(shopId)}/statistics?${periodOf(period)}`, {
    signal,
  });
}

const rulesPath = '/v1/admin/region/subsidy-rules';

export function fetchSubsidyRules(signal?: AbortSignal): Promise<SubsidyRulesResponse> {
  return requestJson(rulesPath, { signal });
}

export function saveSubsidyRule(id: string | null, body: SubsidyRuleBody) {
  return requestJson<SubsidyRulesResponse>(id === null ? rulesPath : `${rulesPath}/${id}`, {
    method: id === null ? 'POST' : 'PUT',
    body,
  });
}

export function removeSubsidyRule(id: string) {
  return requestJson<SubsidyRulesResponse>(`${rulesPath}/${id}`, { method: 'DELETE' });
}

export function savePriceBaseAmount(year: number, amountOre: number) {
  return requestJson<SubsidyRulesResponse>(`/v1/admin/region/price-base-amounts/${year}`, {
    method: 'PUT',
    body: { amountOre },
  });
}
