import { isApiError } from '../api/api-error.ts';

const prefix = 'e-galleria.last-known.';

/**
 * `load()`'s answer, remembered for this tab; without a connection, what the tab last had
 * (or `fallback`). Session storage, not local: it lives as long as the tab, so a reload
 * offline finds it and nothing personal outlives the visit.
 */
export async function loadOrLastKnown<Value>(
  key: string,
  load: () => Promise<Value>,
  fallback: Value,
): Promise<Value> {
  try {
    const value = await load();
    try {
      sessionStorage.setItem(prefix + key, JSON.stringify(value));
    } catch {
      // Storage blocked or full: only the offline fallback is lost.
    }
    return value;
  } catch (error) {
    if (!isApiError(error, 'network_error')) throw error;
    try {
      const stored = sessionStorage.getItem(prefix + key);
      return stored === null ? fallback : (JSON.parse(stored) as Value);
    } catch {
      return fallback;
    }
  }
}
