import { describe, expect, it } from 'vitest';
import { locales } from '@e-galleria/shared/locales';
import { mailTemplates, type MailKind, type MailTemplates } from './mail-templates.ts';

const link = 'https://galleria.test/konto';
const checkout = {
  reference: 'EG-1042',
  totalOre: 12350,
  shops: ['Bageriet', 'Silvervägens Livs'],
};

/**
 * A sample of every mail's params: a mail kind added without one here is a type error, so every
 * mail is rendered in every language.
 */
const samples: { [Kind in MailKind]: Parameters<MailTemplates[Kind]>[0][] } = {
  password_reset: [{ name: 'Britt', link }],
  login_locked: [{ name: 'Britt', link }],
  invitation_municipality_admin: [{ municipality: 'Arjeplog', link }],
  invitation_region_admin: [{ region: 'Norrbotten', link }],
  invitation_shop_owner: [{ shop: 'Bageriet', municipality: 'Arjeplog', link }],
  invitation_shop_staff: [{ shop: 'Bageriet', link }],
  invitation_service_point_operator: [
    { servicePoint: 'Laisvall Byhandel', municipality: 'Arjeplog', link },
  ],
  welcome: [{ name: 'Britt', link }],
  registration_confirm: [{ name: 'Britt', link }],
  registration_existing: [{ name: 'Britt', loginLink: link, resetLink: link }],
  order_confirmation: [
    {
      name: 'Britt',
      link,
      totalOre: 6000,
      payAtPickup: true,
      orders: [
        {
          shop: 'Bageriet',
          totalOre: 2000,
          fulfilment: { method: 'pickup', place: 'Laisvall Byhandel' },
          date: '2027-03-04',
          vat: [{ rateBasisPoints: 600, vatOre: 113 }],
          lines: [{ title: 'Tunnbröd', quantity: 2 }],
        },
        {
          shop: 'Silvervägens Livs',
          totalOre: 2000,
          fulfilment: { method: 'home_delivery', address: null },
          date: '2027-03-02',
          vat: [{ rateBasisPoints: 1200, vatOre: 214 }],
          lines: [{ title: 'Mellanmjölk', quantity: 1 }],
        },
        {
          shop: 'Salong Fjällhår',
          totalOre: 2000,
          fulfilment: {
            method: 'booking',
            place: 'Salong Fjällhår',
            times: ['2027-03-02T08:00:00.000Z'],
          },
          date: '2027-03-02',
          vat: [{ rateBasisPoints: 2500, vatOre: 400 }],
          lines: [{ title: 'Klippning', quantity: 1 }],
        },
      ],
    },
  ],
  pickup_ready: [
    {
      name: 'Britt',
      place: 'Laisvall Byhandel',
      address: 'Storvägen 1, 938 30 Laisvall',
      hours: [{ weekday: 1, opens: '09:00', closes: '17:00' }],
      lastDay: '2027-03-09',
      code: '4711',
      link,
    },
  ],
  pickup_reminder: [
    { name: 'Britt', place: 'Laisvall Byhandel', lastDay: '2027-03-09', code: '4711', link },
  ],
  shop_pickup_ready: [
    {
      name: 'Britt',
      shop: 'Bageriet',
      address: null,
      hours: [{ weekday: 7, opens: '10:00', closes: '14:00' }],
      payAtPickup: true,
      link,
    },
  ],
  booking_confirmed: [
    {
      name: 'Britt',
      shop: 'Salong Fjällhår',
      address: 'Fjällvägen 8, 930 92 Jäckvik',
      times: ['2027-03-02T08:00:00.000Z'],
      payAtService: true,
      link,
    },
  ],
  booking_missed: [true, false].map((isRefunded) => ({
    name: 'Britt',
    shop: 'Salong Fjällhår',
    times: ['2027-07-06T07:00:00.000Z'],
    isRefunded,
    shopPhone: isRefunded ? '0961-120 00' : null,
    shopLink: link,
    link,
  })),
  new_order: [
    {
      shop: 'Bageriet',
      customer: 'Britt Bymark',
      totalOre: 2000,
      fulfilment: { method: 'home_delivery' },
      date: '2027-03-02',
      payAtPickup: true,
      lines: [{ title: 'Knäckebröd', quantity: 2 }],
      link,
    },
  ],
  order_cancelled: [
    { name: 'Britt', shop: 'Bageriet', reason: 'Ugnen är trasig.', isRefunded: true, link },
  ],
  order_withdrawn: [{ shop: 'Bageriet', customer: 'Britt Bymark', totalOre: 7500, link }],
  shop_review_decision: (['approve', 'return', 'suspend', 'reinstate'] as const).map((action) => ({
    shop: 'Bageriet',
    municipality: 'Arjeplog',
    action,
    comment: 'Lägg till en bild.',
    link,
  })),
  outside_refund: [
    { refundId: 're_1', amountOre: 12350, checkout, reason: 'requested_by_customer', link },
    { refundId: 're_2', amountOre: 500, checkout: null, reason: null, link },
  ],
  payment_disputed: [
    {
      disputeId: 'dp_1',
      amountOre: 12350,
      checkout: { ...checkout, shops: ['Bageriet'] },
      reason: 'fraudulent',
      evidenceDueBy: '2026-12-17T22:59:59.000Z',
      link,
    },
  ],
  service_request_new: [
    {
      shop: 'Snöröjning AB',
      product: 'Snöskottning',
      name: 'Britt',
      email: 'britt@example.se',
      phone: '070-123 45 67',
      address: 'Storvägen 14, 938 30 Laisvall',
      preferredTime: 'Förmiddag',
      message: 'Gärna i veckan.',
      link,
    },
  ],
  service_request_receipt: [
    {
      shop: 'Snöröjning AB',
      product: 'Snöskottning',
      name: 'Britt',
      email: 'britt@example.se',
      phone: '070-123 45 67',
      address: 'Storvägen 14, 938 30 Laisvall',
      preferredTime: 'Förmiddag',
      message: null,
    },
  ],
  service_request_declined: [
    { shop: 'Snöröjning AB', product: 'Snöskottning', name: 'Britt', reason: 'Fullbokat.' },
  ],
  order_declined: [
    { name: 'Britt', shop: 'Bageriet', reason: null, refundOre: 5000, link },
    { name: 'Britt', shop: 'Bageriet', reason: 'Slut.', refundOre: null, link },
  ],
  household_decision: (['approved', 'declined', 'revoked'] as const).map((decision) => ({
    name: 'Britt',
    municipality: 'Arjeplog',
    decision,
    reason: decision === 'approved' ? null : 'Bor nära butiken.',
    address: 'Storvägen 14, 938 30 Laisvall',
    link,
  })),
  delivery_on_its_way: [
    {
      name: 'Britt',
      shop: 'Silvervägens Livs',
      carrier: 'Bussgods',
      date: '2027-03-02',
      collectOre: 12350,
      coolBags: 2,
      link,
    },
  ],
  delivery_delivered: [
    {
      name: 'Britt',
      shop: 'Silvervägens Livs',
      carrier: 'Bussgods',
      date: '2027-03-02',
      collectOre: 0,
      coolBags: 0,
      link,
    },
  ],
  delivery_failed: (['not_home', 'refused'] as const).map((reason) => ({
    name: 'Britt',
    shop: 'Silvervägens Livs',
    carrier: 'Bussgods',
    date: '2027-03-02',
    collectOre: 0,
    coolBags: 0,
    reason,
    link,
  })),
  delivery_rescheduled: [
    {
      name: 'Britt',
      shop: 'Silvervägens Livs',
      date: '2026-12-08',
      collectOre: 3890,
      shopPhone: '0961-100 00',
      shopEmail: 'butik@silvervagen.example.se',
      shopLink: link,
      link,
    },
    {
      name: 'Britt',
      shop: 'Silvervägens Livs',
      date: '2026-12-08',
      collectOre: 0,
      shopPhone: null,
      shopEmail: null,
      shopLink: link,
      link,
    },
  ],
  invitation_carrier: [{ carrier: 'Bussgods', municipality: 'Arjeplog', link }],
  carrier_report_decision: [true, false].map((approved) => ({
    carrier: 'Bussgods',
    municipality: 'Arjeplog',
    month: '2026-11',
    approved,
    comment: approved ? null : 'Fel antal körningar.',
    link,
  })),
  carrier_report_forwarded: [
    {
      carrier: 'Bussgods',
      municipality: 'Arjeplog',
      month: '2026-11',
      sender: 'Anna Admin',
      message: 'Här kommer rapporten.',
    },
  ],
};

const render = <Kind extends MailKind>(
  locale: (typeof locales)[number],
  kind: Kind,
  params: Parameters<MailTemplates[Kind]>[0],
) =>
  (mailTemplates[locale][kind] as (p: typeof params) => { subject: string; text: string })(params);

/** A list's first item, which a sample list always has. */
function first<T>(items: readonly (T | undefined)[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('No sample');
  return item;
}

const cases = (Object.keys(samples) as MailKind[]).flatMap((kind) =>
  samples[kind].map((params, index) => ({ kind, index, params })),
);

describe('every mail in every language', () => {
  it.each(locales.flatMap((locale) => cases.map((sample) => ({ locale, ...sample }))))(
    '$kind #$index renders in $locale',
    ({ locale, kind, params }) => {
      const mail = render(locale, kind, params);
      expect(mail.subject.trim()).not.toBe('');
      expect(mail.text.trim()).not.toBe('');
      for (const part of [mail.subject, mail.text]) {
        // Word boundaries: Finnish "sinulla" holds "null".
        expect(part).not.toMatch(/\bundefined\b|\bNaN\b|\bnull\b|\[object/);
      }
      if (locale !== 'sv') {
        const sv = render('sv', kind, params);
        expect(mail.subject).not.toBe(sv.subject);
        expect(mail.text).not.toBe(sv.text);
      }
    },
  );

  it('writes Finnish without Swedish grammar on names', () => {
    for (const { kind, params } of cases) {
      const { subject, text } = render('fi', kind, params);
      // No Swedish genitive or official name ("Arjeplogs kommun"), and no suffix on a name.
      expect(`${subject}\n${text}`).not.toMatch(/kommun|Arjeplogs|Arjeplogin|Hej\b/);
    }
  });
});

describe('the Finnish mails', () => {
  it('write money, days and opening hours as Finnish does', () => {
    const ready = render('fi', 'pickup_ready', first(samples.pickup_ready)).text;
    expect(ready).toContain('Viimeinen noutopäivä on tiistai 9. maaliskuuta.');
    expect(ready).toContain('Aukioloajat:\n  maanantai 9.00–17.00\n');
    expect(render('fi', 'delivery_on_its_way', first(samples.delivery_on_its_way)).text).toContain(
      'Maksat 123,50\u00a0kr toimituksen yhteydessä.',
    );
    const confirmation = render('fi', 'order_confirmation', first(samples.order_confirmation)).text;
    expect(confirmation).toContain(
      'Nouto: Laisvall Byhandel, ensimmäinen noutopäivä torstai 4. maaliskuuta\n',
    );
    expect(confirmation).toContain(
      'Varattu aika (Salong Fjällhår): tiistai 2. maaliskuuta klo 09.00',
    );
    expect(confirmation).toContain(
      '(maksetaan noudettaessa, toimitettaessa ja kun palvelu on tehty)',
    );
  });

  it('tell a booking nobody came to by its Swedish summer time, and how to book anew', () => {
    const [paidByCard, paidAtShop] = samples.booking_missed;
    if (!paidByCard || !paidAtShop) throw new Error('No sample');
    const missed = render('fi', 'booking_missed', paidByCard);
    expect(missed.subject).toBe('Et saapunut varaamallesi ajalle – Salong Fjällhår');
    expect(missed.text).toContain('ajalle: tiistai 6. heinäkuuta klo 09.00.');
    expect(missed.text).toContain('Summa hyvitetään kortillesi');
    expect(missed.text).toContain(
      `Varaa se kaupan sivulta tai soita kauppaan Salong Fjällhår, puh. 0961-120 00:\n${link}`,
    );
    expect(render('fi', 'booking_missed', paidAtShop).text).toContain(
      `mitään.\n\nHaluatko uuden ajan? Varaa se kaupan sivulta:\n${link}`,
    );
  });

  it('tell how to reach the shop in Finnish', () => {
    const [withWays, withoutWays] = samples.delivery_rescheduled;
    if (!withWays || !withoutWays) throw new Error('No sample');
    expect(render('fi', 'delivery_rescheduled', withWays).text).toContain(
      'ota yhteyttä kauppaan Silvervägens Livs: soita 0961-100 00 tai lähetä sähköpostia osoitteeseen butik@silvervagen.example.se.',
    );
    expect(render('fi', 'delivery_rescheduled', withoutWays).text).toContain(
      `ota yhteyttä kauppaan Silvervägens Livs:\n${link}`,
    );
  });

  it('keep the Swedish and English weekday names of the opening hours', () => {
    const sample = first(samples.shop_pickup_ready);
    expect(render('sv', 'shop_pickup_ready', sample).text).toContain(
      'Öppettider:\n  söndag 10:00–14:00',
    );
    expect(render('en', 'shop_pickup_ready', sample).text).toContain(
      'Opening hours:\n  Sunday 10:00–14:00',
    );
    expect(render('fi', 'shop_pickup_ready', sample).text).toContain(
      'Aukioloajat:\n  sunnuntai 10.00–14.00',
    );
  });
});
