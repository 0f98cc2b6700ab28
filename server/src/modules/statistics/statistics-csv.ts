import type {
  MunicipalityStatistics,
  PeriodFigures,
  RegionStatistics,
} from '@e-galleria/shared/statistics';
import { suppressSmallCount } from '@e-galleria/shared/statistics-periods';

// The statistics as CSV for a spreadsheet (decision 0038): semicolons and decimal commas
// (Swedish Excel), a BOM, the period and the same period a year earlier side by side. Counts of
// residents and of households served by home delivery are suppressed under 3 ("< 3"): an export
// leaves the system.

const kronor = (ore: number) =>
  `${ore < 0 ? '-' : ''}${Math.floor(Math.abs(ore) / 100)},${String(Math.abs(ore) % 100).padStart(2, '0')}`;
const days = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));
const people = suppressSmallCount;

function cell(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

function periodRows(label: string, figures: PeriodFigures): string[][] {
  const { galleria, servicePoints, homeDelivery } = figures;
  const period = `${figures.period.from}–${figures.period.to}`;
  return [
    [label, period],
    [
      'Galleria',
      'Månad',
      'Beställningar',
      'Omsättning inkl. moms (kr)',
      'Invånare',
      'Nya invånare',
    ],
    ...galleria.months.map((month) => [
      'Galleria',
      month.month,
      String(month.orders),
      kronor(month.turnoverOre),
      people(month.residents),
      people(month.newResidents),
    ]),
    [
      'Galleria',
      'Totalt',
      String(galleria.totals.orders),
      kronor(galleria.totals.turnoverOre),
      people(galleria.totals.residents),
      people(galleria.totals.newResidents),
    ],
    ['Galleria', 'Återkommande invånare', people(galleria.totals.returningResidents)],
    ['Moms', 'Momssats (%)', 'Försäljning inkl. moms (kr)', 'Moms (kr)'],
    ...galleria.totals.vat.map((line) => [
      'Moms',
      String(line.rateBasisPoints / 100).replace('.', ','),
      kronor(line.grossOre),
      kronor(line.vatOre),
    ]),
    ['Butik', 'Namn', 'Beställningar', 'Omsättning inkl. moms (kr)'],
    ...galleria.shops.map((shop) => [
      'Butik',
      shop.name,
      String(shop.orders),
      kronor(shop.turnoverOre),
    ]),
    ['Kategori', 'Namn', 'Beställningar', 'Omsättning inkl. moms (kr)'],
    ...galleria.categories.map((category) => [
      'Kategori',
      category.name.sv,
      String(category.orders),
      kronor(category.turnoverOre),
    ]),
    [
      'Servicepunkt',
      'Namn',
      'Månad',
      'Incheckade',
      'Hämtade',
      'Skickade tillbaka',
      'Snitt dagar i väntan',
    ],
    ...servicePoints.points.flatMap((point) =>
      point.months.map((month) => [
        'Servicepunkt',
        point.name,
        month.month,
        String(month.checkedIn),
        String(month.collected),
        String(month.returned),
        days(month.averageDaysWaiting),
      ]),
    ),
    [
      'Servicepunkt',
      'Totalt',
      '',
      String(servicePoints.totals.checkedIn),
      String(servicePoints.totals.collected),
      String(servicePoints.totals.returned),
      days(servicePoints.totals.averageDaysWaiting),
    ],
    ['Hemsändning', 'Månad', 'Leveranser', 'Hushåll'],
    ...homeDelivery.months.map((month) => [
      'Hemsändning',
      month.month,
      String(month.deliveries),
      people(month.households),
    ]),
    [
      'Hemsändning',
      'Totalt',
      String(homeDelivery.totals.deliveries),
      people(homeDelivery.totals.households),
    ],
    ['Hemsändning per by', 'By', 'Leveranser', 'Hushåll'],
    ...homeDelivery.villages.map((village) => [
      'Hemsändning per by',
      village.village,
      String(village.deliveries),
      people(village.households),
    ]),
    ['Hemsändning per butik', 'Butik', 'Leveranser', 'Hushåll'],
    ...homeDelivery.shops.map((shop) => [
      'Hemsändning per butik',
      shop.name,
      String(shop.deliveries),
      people(shop.households),
    ]),
    ['Hemsändning per bud', 'Bud', 'Leveranser', 'Hushåll'],
    ...homeDelivery.carriers.map((carrier) => [
      'Hemsändning per bud',
      carrier.name,
      String(carrier.deliveries),
      people(carrier.households),
    ]),
  ];
}

export function municipalityStatisticsCsv(statistics: MunicipalityStatistics): string {
  return toCsv([
    ['Statistik', statistics.municipality.name],
    ...periodRows('Period', statistics.current),
    [],
    ...periodRows('Samma period ett år tidigare', statistics.previous),
  ]);
}

export function regionStatisticsCsv(statistics: RegionStatistics): string {
  const header = [
    'Kommun',
    'Period',
    'Beställningar',
    'Omsättning inkl. moms (kr)',
    'Invånare',
    'Nya invånare',
    'Incheckade paket',
    'Hämtade paket',
    'Skickade tillbaka',
    'Hemsändningar',
    'Hushåll med hemsändning',
  ];
  const rows = statistics.municipalities.flatMap((municipality) =>
    (['current', 'previous'] as const).map((which) => {
      const figures = municipality[which];
      const period = which === 'current' ? statistics.period : statistics.previousPeriod;
      return [
        municipality.name,
        `${period.from}–${period.to}`,
        String(figures.galleria.orders),
        kronor(figures.galleria.turnoverOre),
        people(figures.galleria.residents),
        people(figures.galleria.newResidents),
        String(figures.servicePoints.checkedIn),
        String(figures.servicePoints.collected),
        String(figures.servicePoints.returned),
        String(figures.homeDelivery.deliveries),
        people(figures.homeDelivery.households),
      ];
    }),
  );
  return toCsv([['Statistik', statistics.region.name], header, ...rows]);
}
