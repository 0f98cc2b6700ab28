import { createHash } from 'node:crypto';
import type { DeliveryAddress } from '@e-galleria/shared/delivery-address';
import { foldForSearch, searchTerms } from '@e-galleria/shared/search-text';

/**
 * A phone number as digits in national form, so `+46 70-123 45 67`, `0046701234567` and
 * `070-123 45 67` are one number to shop staff's search.
 */
export function phoneDigitsOf(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+46')) return `0${digits.slice(2)}`;
  if (digits.startsWith('0046')) return `0${digits.slice(4)}`;
  return digits;
}

/** The last four digits: enough for a caller to confirm, too little to call anyone. */
export function phoneEndingOf(phoneDigits: string): string {
  return phoneDigits.slice(-4);
}

/** The name folded like catalogue search, between spaces so a word prefix is `% word`. */
export function searchNameOf(name: string): string {
  return ` ${foldForSearch(name)} `;
}

/** The door an address names: street and postal code, forgiving case, accents and spacing. */
export function addressKeyOf(address: Pick<DeliveryAddress, 'streetAddress' | 'postalCode'>) {
  return `${foldForSearch(address.streetAddress)}|${address.postalCode}`;
}

/**
 * A guest's household is theirs by e-mail and door: the same guest ordering to the same address
 * again gets the same household, and a resident registered with that e-mail who gives that
 * address finds it. Hashed, so the key column holds no e-mail address.
 */
export function guestKeyOf(
  email: string,
  address: Pick<DeliveryAddress, 'streetAddress' | 'postalCode'>,
): string {
  return createHash('sha256')
    .update(`${email.trim().toLowerCase()}\n${addressKeyOf(address)}`)
    .digest('hex');
}

/** Whether the street or postal code differ: a move, not a new door code. */
export function isSameDoor(
  before: { street_address: string | null; postal_code: string | null },
  after: Pick<DeliveryAddress, 'streetAddress' | 'postalCode'>,
): boolean {
  return (
    before.street_address !== null &&
    before.postal_code !== null &&
    addressKeyOf({ streetAddress: before.street_address, postalCode: before.postal_code }) ===
      addressKeyOf(after)
  );
}

/** What shop staff typed: a phone number (four digits or more, nothing else) or name words. */
export type HouseholdSearch = { kind: 'phone'; digits: string } | { kind: 'name'; terms: string[] };

export function householdSearchOf(query: string): HouseholdSearch {
  const digits = phoneDigitsOf(query);
  if (/^[+0-9 ()-]+$/.test(query.trim()) && digits.length >= 4) return { kind: 'phone', digits };
  return { kind: 'name', terms: searchTerms(query, 4) };
}
