// No zod here: the region admin's form imports the list at run time.

export const municipalityStatuses = ['active', 'onboarding'] as const;
