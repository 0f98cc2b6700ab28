/**
 * The lengths a service request takes (decision 0071), without zod, so the client's forms can
 * set `maxLength` from them.
 */
export const maxPreferredTimeLength = 500;
export const maxRequestMessageLength = 1000;
export const maxDeclineReasonLength = 300;
