/** The admin screens of a municipality's service points. */
export const adminServicePointsPath = (municipalitySlug: string) =>
  `/admin/kommun/${encodeURIComponent(municipalitySlug)}/servicepunkter`;

/** The storefront's list and pages. */
export const servicePointsPath = (municipalitySlug: string) =>
  `/${encodeURIComponent(municipalitySlug)}/servicepunkter`;
