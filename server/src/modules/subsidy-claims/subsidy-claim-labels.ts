import type { SubsidyClaimView } from '@e-galleria/shared/subsidy-claims';

/** Swedish words of the claim's files, as the municipality files them with the region. */
export const limitLabel = {
  threshold: 'under tröskeln (halva prisbasbeloppet)',
  share: '50 % av nettokostnaden',
  cap: 'taket per hushåll och leverans',
} as const;

export const eligibilityLabel = {
  eligible: 'ja',
  large_locality: 'nej, tätort över 3 000 invånare',
  unknown_place: 'nej, orten saknas i kommunens lista',
} as const;

export const statusLabel = { final: 'slutlig', preliminary: 'preliminär, året pågår' } as const;

export const percent = (basisPoints: number) =>
  `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(basisPoints / 100)} %`;

export const fileNameOf = (claim: SubsidyClaimView, extension: string) =>
  `hemsandningsbidrag-${claim.municipality.slug}-${claim.figures.year}.${extension}`;
