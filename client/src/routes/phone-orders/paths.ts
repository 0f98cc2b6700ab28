/** The shop's page for an order taken by phone, for a household when one is chosen. */
export const phoneOrderPath = (shopId: string, householdId?: string) =>
  `/konto/butiker/${encodeURIComponent(shopId)}/telefonorder${
    householdId ? `?hushall=${encodeURIComponent(householdId)}` : ''
  }`;
