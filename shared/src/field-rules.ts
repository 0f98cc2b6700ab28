/**
 * Field error codes of our own rules, beside zod's issue codes (`too_small`, `invalid_format`,
 * …). A rule checked by `refine` names its code in `params`; the server's parseInput sends
 * that code instead of zod's `custom`, and the client has a sentence for each that says what
 * is wrong ("Organisationsnumret har fel kontrollsiffra"). No zod here: the client imports
 * this at run time.
 */
export const fieldRuleCodes = [
  'org_number_check_digit',
  'vat_number_mismatch',
  'closes_before_opens',
  'not_a_price',
  'not_a_whole_number',
  'hold_days_out_of_range',
  'choose_one',
] as const;
export type FieldRuleCode = (typeof fieldRuleCodes)[number];

/** `refine`'s second argument: a message for developers and the code people's texts key on. */
export function fieldRule(code: FieldRuleCode, message: string, path?: string[]) {
  return { message, params: { code }, ...(path ? { path } : {}) };
}

/** The code a zod issue is reported under: a rule's own, else zod's. */
export function fieldErrorCodeOf(issue: { code: string; params?: unknown }): string {
  const params = issue.params;
  if (issue.code === 'custom' && typeof params === 'object' && params !== null && 'code' in params)
    return String(params.code);
  return issue.code;
}
