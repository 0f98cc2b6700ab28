import { type LoaderFunctionArgs, useRouteLoaderData } from 'react-router';
import type { MeResponse } from '@e-galleria/shared/auth';
import type { MunicipalitySummary } from '@e-galleria/shared/municipalities';
import { fetchMeOrNull } from '../api/auth-api.ts';
import { listMunicipalities } from '../api/municipalities-api.ts';
import { loadBasket } from '../lib/basket-store.ts';
import { loadOrLastKnown } from '../lib/last-known.ts';

/** What every page's chrome needs: who is logged in, and the municipalities for the switcher. */
export type RootData = { me: MeResponse | null; municipalities: MunicipalitySummary[] };

export const rootRouteId = 'root';

export async function loadRootData({ request }: LoaderFunctionArgs): Promise<RootData> {
  // The server renders only for visitors without a session, and a guest's basket count is
  // the browser's to load after hydration (main.tsx); nothing is kept in a tab there.
  if (import.meta.env.SSR) {
    const municipalities = await listMunicipalities(request.signal);
    return { me: null, municipalities: municipalities.items };
  }
  // Without a connection (the counter opened offline) the chrome shows what this tab last had.
  const [me, municipalities] = await Promise.all([
    loadOrLastKnown('me', () => fetchMeOrNull(request.signal), null),
    loadOrLastKnown('municipalities', () => listMunicipalities(request.signal), {
      items: [],
      nextCursor: null,
    }),
    // Fills the header's basket count, and after a login merges the guest's basket. Only a
    // count is at stake here, so a failure must not take the whole page down.
    loadBasket().catch(() => null),
  ]);
  return { me, municipalities: municipalities.items };
}

export function useRootData(): RootData {
  const data = useRouteLoaderData<typeof loadRootData>(rootRouteId);
  // The root loader runs before anything under it renders, so this is only hit by misuse.
  if (!data) throw new Error('useRootData used outside the root route');
  return data;
}
