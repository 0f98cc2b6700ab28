/** A phone number as a `tel:` link dials it: only its digits and a leading plus. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`;

/** Whether two written phone numbers are the same number ("070-174 06 10", "0701740610"). */
export const isSamePhone = (a: string, b: string) =>
  a.replace(/[^+0-9]/g, '') === b.replace(/[^+0-9]/g, '');
