// No zod here: the shop profile form checks numbers as people type them.

const orgNumberPattern = /^\d{6}-\d{4}$/;

/**
 * A Swedish organisation number `NNNNNN-NNNN` whose last digit is the Luhn (mod 10) control
 * digit of the nine before it, as Bolagsverket issues them.
 */
export function isValidOrgNumber(value: string): boolean {
  if (!orgNumberPattern.test(value)) return false;
  const digits = value.replace('-', '');
  let sum = 0;
  for (let index = 0; index < 10; index += 1) {
    let digit = Number(digits[index]);
    // From the left, every other digit starting with the first is doubled (10 digits, even length).
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The VAT registration number Skatteverket derives from an organisation number: SE + 10 digits + 01. */
export function vatNumberFor(orgNumber: string): string {
  return `SE${orgNumber.replace('-', '')}01`;
}

export function isVatNumberConsistent(vatNumber: string, orgNumber: string): boolean {
  return vatNumber === vatNumberFor(orgNumber);
}
