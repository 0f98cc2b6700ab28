/** The resident's addresses: the list, a new one, one of them. */
export const myHouseholdsPath = '/konto/adresser';
export const newHouseholdPath = `${myHouseholdsPath}/ny`;
export const myHouseholdPath = (id: string) => `${myHouseholdsPath}/${encodeURIComponent(id)}`;

/** The municipality's households with home delivery. */
export const adminHouseholdsPath = (municipalitySlug: string) =>
  `/admin/kommun/${encodeURIComponent(municipalitySlug)}/hushall`;

/** Stored as five digits, written as Swedes write it: 930 93. */
export function formatPostalCode(code: string): string {
  return /^\d{5}$/.test(code) ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
