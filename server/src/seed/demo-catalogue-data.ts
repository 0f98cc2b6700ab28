import type {
  Availability,
  ContentUnit,
  ProductUnit,
  StorageClass,
} from '@e-galleria/shared/catalogue';
import type { VatClass } from '@e-galleria/shared/vat';

// An invented catalogue for the Arjeplog demo shops (DESIGN §7), by shop name: groceries
// with chilled and frozen goods, hardware, fish and game, bread, and the hairdresser's and
// laundry's services with weekly slots. Prices include VAT.

type DemoVariant = {
  name: string | null;
  priceOre: number;
  stock?: number;
  content?: [number, ContentUnit];
};
export type DemoProduct = {
  title: string;
  description?: string;
  category: string;
  vatClass: VatClass;
  unit?: ProductUnit;
  storage?: StorageClass;
  variants: DemoVariant[];
  service?: {
    minutes: number;
    mode: 'slots' | 'on_request';
    capacity?: number;
    location: 'in_shop' | 'at_home';
    weekly?: Availability['weekly'];
  };
};

const one = (priceOre: number, stock?: number, content?: [number, ContentUnit]): DemoVariant[] => [
  {
    name: null,
    priceOre,
    ...(stock === undefined ? {} : { stock }),
    ...(content ? { content } : {}),
  },
];
const weekdays = (start: string, end: string, days = [1, 2, 3, 4, 5]) =>
  days.map((weekday) => ({ weekday, start, end }));

export const demoCatalogue: Record<string, DemoProduct[]> = {
  'Silvervägens Livs': [
    {
      title: 'Räksmörgås',
      description: 'Nybredd varje morgon: handskalade räkor, ägg, majonnäs och dill på ljust bröd.',
      category: 'livsmedel',
      vatClass: 'food',
      storage: 'chilled',
      variants: one(8900, 6, [250, 'g']),
    },
    {
      title: 'Mellanmjölk 1,5 %',
      category: 'livsmedel',
      vatClass: 'food',
      unit: 'litre',
      storage: 'chilled',
      variants: one(1790, 40, [1000, 'ml']),
    },
    {
      title: 'Smör normalsaltat',
      category: 'livsmedel',
      vatClass: 'food',
      storage: 'chilled',
      variants: one(5490, 20, [500, 'g']),
    },
    {
      title: 'Ägg frigående höns',
      category: 'livsmedel',
      vatClass: 'food',
      unit: 'pack',
      storage: 'chilled',
      variants: one(4290, 15, [12, 'piece']),
    },
    {
      title: 'Falukorv',
      category: 'livsmedel',
      vatClass: 'food',
      storage: 'chilled',
      variants: one(3490, 12, [800, 'g']),
    },
    {
      title: 'Blåbär frysta',
      description: 'Norrländska skogsblåbär.',
      category: 'livsmedel',
      vatClass: 'food',
      storage: 'frozen',
      variants: one(6990, 10, [1000, 'g']),
    },
    {
      title: 'Vaniljglass',
      category: 'livsmedel',
      vatClass: 'food',
      storage: 'frozen',
      variants: one(4490, 8, [1000, 'ml']),
    },
    {
      title: 'Bryggkaffe mellanrost',
      category: 'livsmedel',
      vatClass: 'food',
      variants: [
        { name: '450 g', priceOre: 6490, stock: 24, content: [450, 'g'] },
        { name: '1 kg', priceOre: 12900, stock: 6, content: [1000, 'g'] },
      ],
    },
    {
      // From the bakery shelf: the shop's page shows its goods by category.
      title: 'Knäckebröd råg',
      category: 'bageri',
      vatClass: 'food',
      unit: 'pack',
      variants: one(2890, 30, [520, 'g']),
    },
  ],
  'Fjälljärn Arjeplog': [
    {
      title: 'Träskruv förzinkad',
      category: 'jarn-och-bygg',
      vatClass: 'standard',
      unit: 'pack',
      variants: [
        { name: '4,0 × 40 mm, 200 st', priceOre: 14900, stock: 18 },
        { name: '5,0 × 80 mm, 100 st', priceOre: 18900, stock: 9 },
      ],
    },
    {
      title: 'Snöskyffel med D-handtag',
      category: 'jarn-och-bygg',
      vatClass: 'standard',
      variants: one(34900, 5),
    },
    {
      title: 'Pannlampa 400 lumen',
      category: 'klader-och-friluft',
      vatClass: 'standard',
      variants: one(29900, 7),
    },
    {
      title: 'Tändvätska',
      category: 'jarn-och-bygg',
      vatClass: 'standard',
      unit: 'litre',
      variants: one(5990, 20, [1000, 'ml']),
    },
  ],
  'Hornavans Fisk & Vilt': [
    {
      title: 'Kallrökt röding',
      description: 'Från Hornavan, rökt över al.',
      category: 'fisk-och-vilt',
      vatClass: 'food',
      unit: 'kg',
      storage: 'chilled',
      variants: one(42900, 4, [1000, 'g']),
    },
    {
      title: 'Renskav',
      category: 'fisk-och-vilt',
      vatClass: 'food',
      storage: 'frozen',
      variants: one(8990, 25, [240, 'g']),
    },
    {
      title: 'Älgfärs',
      category: 'fisk-och-vilt',
      vatClass: 'food',
      storage: 'frozen',
      variants: one(8490, 14, [500, 'g']),
    },
    {
      title: 'Gravad sik',
      category: 'fisk-och-vilt',
      vatClass: 'food',
      storage: 'chilled',
      variants: one(11900, 6, [300, 'g']),
    },
  ],
  'Slagnäs Bageri': [
    {
      title: 'Tunnbröd',
      description: 'Bakat på vedeldad häll.',
      category: 'bageri',
      vatClass: 'food',
      unit: 'pack',
      variants: one(4500, 12, [6, 'piece']),
    },
    {
      title: 'Kanelbullar',
      category: 'bageri',
      vatClass: 'food',
      unit: 'pack',
      variants: one(6000, 10, [6, 'piece']),
    },
    {
      title: 'Surdegsbröd råg',
      category: 'bageri',
      vatClass: 'food',
      variants: one(6900, 8, [800, 'g']),
    },
    { title: 'Kardemummakrans', category: 'bageri', vatClass: 'food', variants: one(7900, 4) },
  ],
  'Salong Norrsken': [
    {
      title: 'Klippning',
      description: 'Tvätt, klippning och styling.',
      category: 'halsa-och-skonhet',
      vatClass: 'standard',
      variants: one(49500),
      service: {
        minutes: 45,
        mode: 'slots',
        capacity: 1,
        location: 'in_shop',
        // Within the salon's opening hours (Mon, Tue, Thu, Fri 09–17), lunch closed.
        weekly: [
          ...weekdays('09:00', '12:00', [1, 2, 4, 5]),
          ...weekdays('13:00', '17:00', [1, 2, 4, 5]),
        ],
      },
    },
    {
      title: 'Skäggtrimning',
      category: 'halsa-och-skonhet',
      vatClass: 'standard',
      variants: one(25000),
      service: {
        minutes: 20,
        mode: 'slots',
        capacity: 1,
        location: 'in_shop',
        weekly: weekdays('15:00', '17:00', [4, 5]),
      },
    },
    {
      title: 'Klippning i hemmet',
      description: 'För dig som inte kan ta dig till salongen.',
      category: 'halsa-och-skonhet',
      vatClass: 'standard',
      variants: one(69500),
      service: { minutes: 60, mode: 'on_request', location: 'at_home' },
    },
  ],
  'Mellanströms Tvätt & Mangel': [
    {
      title: 'Tvättstuga, två timmar',
      description: 'Två maskiner och torktumlare.',
      category: 'tvatt-och-stad',
      vatClass: 'standard',
      variants: one(6000),
      service: {
        minutes: 120,
        mode: 'slots',
        capacity: 2,
        location: 'in_shop',
        weekly: weekdays('08:00', '20:00', [1, 2, 3, 4, 5, 6]),
      },
    },
    {
      title: 'Mangling av lakan',
      category: 'tvatt-och-stad',
      vatClass: 'standard',
      variants: one(3500),
      service: { minutes: 30, mode: 'on_request', location: 'in_shop' },
    },
    {
      title: 'Hämtning och lämning av tvätt',
      category: 'tvatt-och-stad',
      vatClass: 'standard',
      variants: one(9500),
      service: { minutes: 30, mode: 'on_request', location: 'at_home' },
    },
  ],
};
