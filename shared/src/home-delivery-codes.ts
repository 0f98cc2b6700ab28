// No zod here: the admin's and the shop's screens list these as options.

/** Everyone in a zone may have home delivery, or only households the municipality approved. */
export const homeDeliveryEligibilities = ['everyone', 'approved'] as const;
export type HomeDeliveryEligibility = (typeof homeDeliveryEligibilities)[number];

/** What kind of agreement (avtal) a municipality has with a shop that delivers home. */
export const agreementKinds = ['standard', 'trial', 'subsidised'] as const;
export type AgreementKind = (typeof agreementKinds)[number];
