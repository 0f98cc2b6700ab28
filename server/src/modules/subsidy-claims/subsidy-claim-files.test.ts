import { describe, expect, it } from 'vitest';
import type { SubsidyClaimView } from '@e-galleria/shared/subsidy-claims';
import { pdfText } from '../../../../tests/api/support/pdf-text.ts';
import { subsidyClaimCsv } from './subsidy-claim-csv.ts';
import { renderSubsidyClaimPdf } from './subsidy-claim-pdf.ts';

const claim: SubsidyClaimView = {
  municipality: { name: 'Arjeplog', slug: 'arjeplog' },
  kind: 'home_delivery',
  status: 'final',
  capsPerDeliveryOre: [10000],
  figures: {
    year: 2025,
    carrierCostsOre: 12_000_000,
    residentFeesOre: 1_000_000,
    netCostOre: 11_000_000,
    householdsServed: 90,
    eligibleHouseholds: 80,
    eligibleDeliveries: 800,
    capOre: 8_000_000,
    shareBasisPoints: 5000,
    shareOfNetCostOre: 5_500_000,
    priceBaseAmountOre: 5_880_000,
    thresholdOre: 2_940_000,
    reachesThreshold: true,
    limitedBy: 'share',
    claimOre: 5_500_000,
  },
  reports: Array.from({ length: 12 }, (_, index) => ({
    id: `r${index}`,
    month: `2025-${String(index + 1).padStart(2, '0')}`,
    carrier: { name: 'Bussgods', slug: 'bussgods' },
    deliveries: 75,
    households: 40,
    costOre: 1_000_000,
    feesOre: 83_333,
    decidedAt: 0,
  })),
  canOpenReports: true,
  canIdentifyHouseholds: true,
  households: Array.from({ length: 90 }, (_, index) => ({
    reference: `H-${String(index).padStart(8, '0')}`,
    village: index < 80 ? 'Laisvall' : 'Arjeplog',
    eligibility: index < 80 ? ('eligible' as const) : ('large_locality' as const),
    deliveries: 10,
    cappedOre: index < 80 ? 100_000 : 0,
  })),
};

describe('the claim’s files', () => {
  it('runs the household table over pages and ends with the signature line', async () => {
    const text = (await pdfText(await renderSubsidyClaimPdf(claim))).replace(/\s/g, ' ');
    expect(text).toContain('År: 2025 (slutlig)');
    expect(text).toContain('50 % av nettokostnaden');
    expect(text).toMatch(/Bidrag att söka +55 000,00 kr/);
    expect(text).toContain('H-00000089');
    expect(text.indexOf('H-00000089')).toBeLessThan(text.indexOf('Underskrift kommunen'));
  });

  it('writes the figures, the reports with their ids and the households in the CSV', () => {
    const csv = subsidyClaimCsv(claim);
    expect(csv).toContain('Bidrag att söka (kr);55000,00');
    expect(csv).toContain('Avgörande gräns;50 % av nettokostnaden');
    expect(csv).toContain('r11;2025-12;Bussgods;75;40;10000,00;833,33');
    expect(csv).toContain('H-00000085;Arjeplog;nej, tätort över 3 000 invånare;10;0,00');
  });
});
