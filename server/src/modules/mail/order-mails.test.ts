import { describe, expect, it } from 'vitest';
import { mailTemplates, type NewOrderNotice, type OrderConfirmation } from './mail-templates.ts';

const vat = [{ rateBasisPoints: 600, vatOre: 113 }];
const confirmation = (orders: OrderConfirmation['orders']): OrderConfirmation => ({
  name: 'Britt',
  link: 'https://galleria.test/bestallningar/1',
  totalOre: 4000,
  payAtPickup: true,
  orders,
});
const delivered = {
  shop: 'Silvervägens Livs',
  totalOre: 2000,
  fulfilment: { method: 'home_delivery' as const, address: 'Storvägen 14, Laisvall' },
  // A Tuesday.
  date: '2027-03-02',
  vat,
  lines: [{ title: 'Mellanmjölk', quantity: 2 }],
};
const collected = {
  shop: 'Bageriet',
  totalOre: 2000,
  fulfilment: { method: 'pickup' as const, place: 'Laisvall Byhandel' },
  date: '2027-03-04',
  vat,
  lines: [{ title: 'Tunnbröd', quantity: 1 }],
};

describe('the order confirmation', () => {
  it('says a home delivery is driven to the address and paid on delivery, in both languages', () => {
    const sv = mailTemplates.sv.order_confirmation(confirmation([delivered])).text;
    expect(sv).toContain(
      '  2 × Mellanmjölk\nKörs hem till: Storvägen 14, Laisvall, tisdag 2 mars\n',
    );
    expect(sv).toContain('(betalas vid leverans)');
    expect(sv).not.toContain('Hämtas');
    const en = mailTemplates.en.order_confirmation(confirmation([delivered])).text;
    expect(en).toContain('Delivered to: Storvägen 14, Laisvall on Tuesday 2 March\n');
    expect(en).toContain('(paid on delivery)');
    expect(en).not.toContain('Collect at');
  });

  it('keeps a pickup as it was, and pays a mixed checkout at both handovers', () => {
    const pickup = mailTemplates.en.order_confirmation(confirmation([collected])).text;
    expect(pickup).toContain('Collect at: Laisvall Byhandel, from Thursday 4 March\n');
    expect(pickup).toContain('(paid at pickup)');
    const mixed = mailTemplates.sv.order_confirmation(confirmation([delivered, collected])).text;
    expect(mixed).toContain('Hämtas: Laisvall Byhandel, från torsdag 4 mars\n');
    expect(mixed).toContain('(betalas vid upphämtning och vid leverans)');
  });

  it('tells booked times by the Swedish clock, paid when the service is done (decision 0067)', () => {
    // 08:00 UTC in winter is 09:00 in Sweden.
    const booked = {
      shop: 'Salong Fjällhår',
      totalOre: 2000,
      fulfilment: {
        method: 'booking' as const,
        place: 'Salong Fjällhår',
        times: ['2027-03-02T08:00:00.000Z', '2027-03-02T09:30:00.000Z'],
      },
      date: '2027-03-01',
      vat,
      lines: [{ title: 'Klippning', quantity: 1 }],
    };
    const sv = mailTemplates.sv.order_confirmation(confirmation([booked])).text;
    expect(sv).toContain(
      'Bokad tid hos Salong Fjällhår: tisdag 2 mars kl. 09:00, tisdag 2 mars kl. 10:30\n',
    );
    expect(sv).toContain('(betalas när tjänsten utförs)');
    expect(sv).not.toContain('Hämtas');
    const mixed = mailTemplates.en.order_confirmation(confirmation([collected, booked])).text;
    expect(mixed).toContain(
      'Booked at Salong Fjällhår: Tuesday 2 March at 09:00, Tuesday 2 March at 10:30\n',
    );
    expect(mixed).toContain('(paid at pickup and when the service is done)');
    const all = mailTemplates.sv.order_confirmation(confirmation([collected, delivered, booked]));
    expect(all.text).toContain('(betalas vid upphämtning, vid leverans och när tjänsten utförs)');
  });

  it('says "driven to your door" where the address is not at hand, as after a card payment', () => {
    const paid = confirmation([
      { ...delivered, fulfilment: { method: 'home_delivery', address: null } },
    ]);
    const en = mailTemplates.en.order_confirmation({ ...paid, payAtPickup: false }).text;
    expect(en).toContain('Driven to your door on Tuesday 2 March\n');
    expect(en).not.toContain('paid');
  });
});

describe('the shop’s notice of a new order', () => {
  const notice: NewOrderNotice = {
    shop: 'Silvervägens Livs',
    customer: 'Britt Bymark',
    totalOre: 2000,
    fulfilment: { method: 'home_delivery' },
    date: '2027-03-02',
    payAtPickup: true,
    lines: [{ title: 'Knäckebröd', quantity: 2 }],
    link: 'https://galleria.test/konto/butiker/1/bestallningar',
  };

  it('tells a home delivery by its route day, without the address', () => {
    expect(mailTemplates.sv.new_order(notice).text).toContain(
      'Hemleverans: körs hem tisdag 2 mars (betalas vid leverans)\n',
    );
    expect(mailTemplates.en.new_order({ ...notice, payAtPickup: false }).text).toContain(
      'Home delivery on Tuesday 2 March\n',
    );
  });

  it('tells a booking by its time, with nothing to collect', () => {
    const booking: NewOrderNotice = {
      ...notice,
      fulfilment: {
        method: 'booking',
        place: 'Salong Fjällhår',
        times: ['2027-07-06T07:00:00.000Z'],
      },
    };
    // Summer time: 07:00 UTC is 09:00 in Sweden.
    const sv = mailTemplates.sv.new_order(booking).text;
    expect(sv).toContain('Bokad tid: tisdag 6 juli kl. 09:00 (betalas när tjänsten utförs)\n');
    expect(sv).not.toContain('Hämtas');
    expect(mailTemplates.en.new_order({ ...booking, payAtPickup: false }).text).toContain(
      'Booked time: Tuesday 6 July at 09:00\n',
    );
  });
});

describe('the mail of a declined order', () => {
  const declined = {
    name: 'Britt',
    shop: 'Bageriet',
    reason: 'The oven is broken.',
    link: 'https://galleria.test/bestallningar/1',
  };

  it('names the shop and its reason, and refunds a card payment of the order', () => {
    const card = mailTemplates.en.order_declined({ ...declined, refundOre: 5000 });
    expect(card.subject).toBe('Bageriet cannot take your order');
    expect(card.text).toContain("The shop's explanation: The oven is broken.");
    expect(card.text).toMatch(/We refund SEK\s50\.00 to your card\./);
    const atPickup = mailTemplates.sv.order_declined({
      ...declined,
      refundOre: null,
      reason: null,
    });
    expect(atPickup.text).toContain('Du behöver inte betala något.');
    expect(atPickup.text).not.toContain('förklaring');
  });
});

describe('the home delivery on its way', () => {
  it('writes the amount paid at the door as the other mails of its language do', () => {
    const notice = {
      name: 'Britt',
      shop: 'Silvervägens Livs',
      carrier: 'Bussgods',
      date: '2027-03-02',
      collectOre: 12350,
      coolBags: 0,
      link: 'https://galleria.test/bestallningar/1',
    };
    // Intl writes a no-break space between the amount and the currency.
    expect(mailTemplates.en.delivery_on_its_way(notice).text).toContain(
      'You pay SEK\u00a0123.50 on delivery.',
    );
    expect(mailTemplates.sv.delivery_on_its_way(notice).text).toContain(
      'Du betalar 123,50\u00a0kr vid leveransen.',
    );
  });
});

describe('the mails of goods and bookings at the shop', () => {
  const visit = {
    name: 'Britt',
    shop: 'Salong Fjällhår',
    address: 'Fjällvägen 8, 930 92 Jäckvik',
    link: 'https://galleria.test/bestallningar/1',
  };

  it('tells goods ready in the shop with its address and hours, and no code', () => {
    const ready = {
      ...visit,
      hours: [{ weekday: 2, opens: '09:00', closes: '17:00' }],
      payAtPickup: true,
    };
    const sv = mailTemplates.sv.shop_pickup_ready(ready).text;
    expect(sv).toContain('väntar på dig i butiken. Du betalar när du hämtar.\n');
    expect(sv).toContain(
      'Salong Fjällhår\nFjällvägen 8, 930 92 Jäckvik\nÖppettider:\n  tisdag 09:00–17:00\n',
    );
    expect(sv).not.toContain('hämtkod');
    const en = mailTemplates.en.shop_pickup_ready({ ...ready, address: null, payAtPickup: false });
    expect(en.subject).toBe('Your order from Salong Fjällhår is ready to collect');
    expect(en.text).toContain('waiting for you in the shop.\n\nSalong Fjällhår\nOpening hours:');
  });

  it('tells a booking confirmed by its times in Sweden', () => {
    const booking = { ...visit, times: ['2027-03-02T08:00:00.000Z'], payAtService: false };
    expect(mailTemplates.sv.booking_confirmed(booking).text).toContain(
      'har bekräftat din bokning: tisdag 2 mars kl. 09:00.\n\nSalong Fjällhår\nFjällvägen 8',
    );
    expect(mailTemplates.en.booking_confirmed({ ...booking, payAtService: true }).text).toContain(
      'has confirmed your booking: Tuesday 2 March at 09:00.\nYou pay when the service is done.',
    );
  });

  // Decision 0074: not "the shop cancelled", and nothing to pay for a time nobody came to.
  it('tells a booking nobody came to by its time in Sweden, that nothing is paid, and where to book', () => {
    const missed = {
      name: 'Britt',
      shop: 'Salong Norrsken',
      times: ['2027-03-02T08:00:00.000Z'],
      isRefunded: false,
      shopPhone: '0961-120 00',
      shopLink: 'https://galleria.test/arjeplog/butiker/salong-norrsken',
      link: visit.link,
    };
    const sv = mailTemplates.sv.booking_missed(missed);
    expect(sv.subject).toBe('Du kom inte till din tid hos Salong Norrsken');
    expect(sv.text).toContain(
      'Salong Norrsken har noterat att du inte kom till din bokade tid: tisdag 2 mars kl. 09:00.\n\nDu behöver inte betala något för tiden.\n\n',
    );
    expect(sv.text).toContain(
      'Boka den på butikens sida eller ring Salong Norrsken på 0961-120 00:\nhttps://galleria.test/arjeplog/butiker/salong-norrsken\n',
    );
    expect(sv.text).not.toMatch(/avbeställ|avbokad|kort/i);
    const en = mailTemplates.en.booking_missed({ ...missed, isRefunded: true, shopPhone: null });
    expect(en.subject).toBe('You did not come to your booking at Salong Norrsken');
    expect(en.text).toContain(
      'your booked time: Tuesday 2 March at 09:00.\n\nYou have nothing to pay for it. The amount is refunded to your card within a few banking days.',
    );
    expect(en.text).toContain('Book it on the shop’s page:\nhttps://galleria.test/arjeplog/');
  });
});

describe('the shop’s notice of an order the customer cancelled', () => {
  it('says not to pack it, with the amount, in both languages', () => {
    const withdrawn = {
      shop: 'Silvervägens Livs',
      customer: 'Britt Bymark',
      totalOre: 7500,
      link: 'https://galleria.test/konto/butiker/1/bestallningar',
    };
    expect(mailTemplates.sv.order_withdrawn(withdrawn).text).toMatch(
      /Britt Bymark har avbeställt sin beställning till Silvervägens Livs \(75,00\s?kr\) innan ni accepterade den\. Den ska inte packas/,
    );
    expect(mailTemplates.en.order_withdrawn(withdrawn).subject).toBe(
      'Britt Bymark has cancelled their order to Silvervägens Livs',
    );
  });
});

describe('a home delivery that could not be left', () => {
  it('says why, and that the shop decides what comes next, in both languages', () => {
    const failed = {
      name: 'Britt',
      shop: 'Silvervägens Livs',
      carrier: 'Bussgods',
      date: '2026-12-08',
      collectOre: 0,
      coolBags: 0,
      link: 'https://galleria.test/bestallningar/1',
    };
    expect(mailTemplates.sv.delivery_failed({ ...failed, reason: 'not_home' }).text).toContain(
      'Bussgods kunde inte lämna dina varor från Silvervägens Livs i dag: ingen var hemma.',
    );
    expect(mailTemplates.en.delivery_failed({ ...failed, reason: 'refused' }).text).toContain(
      'today: they were refused.',
    );
  });
});

describe('a new delivery day after a failed one', () => {
  const rescheduled = {
    name: 'Britt',
    shop: 'Silvervägens Livs',
    date: '2026-12-08',
    collectOre: 3890,
    shopPhone: '0961-100 00',
    shopEmail: 'butik@silvervagen.example.se',
    shopLink: 'https://galleria.test/arjeplog/butiker/silvervagens-livs',
    link: 'https://galleria.test/bestallningar/1',
  };

  it('says the shop, the Swedish day and how to reach the shop, in both languages', () => {
    const sv = mailTemplates.sv.delivery_rescheduled(rescheduled);
    expect(sv.subject).toBe(
      'Ny leveransdag för dina varor från Silvervägens Livs: tisdag 8 december',
    );
    expect(sv.text).toContain('Silvervägens Livs kör ut dina varor igen tisdag 8 december.');
    expect(sv.text).toMatch(/Du betalar 38,90\s?kr vid leveransen\./);
    expect(sv.text).toContain(
      'Passar inte dagen, eller vill du fråga något? Kontakta Silvervägens Livs: ring 0961-100 00 eller mejla butik@silvervagen.example.se.',
    );
    expect(sv.text).toContain('https://galleria.test/bestallningar/1');
    expect(sv.text).not.toContain(rescheduled.shopLink);
    const en = mailTemplates.en.delivery_rescheduled({ ...rescheduled, collectOre: 0 });
    expect(en.text).toContain(
      'Silvervägens Livs will deliver your goods again on Tuesday 8 December.',
    );
    expect(en.text).toContain('call 0961-100 00 or e-mail butik@silvervagen.example.se.');
    expect(en.text).not.toContain('on delivery.');
  });

  it('points to the shop’s page when the shop gave no phone or e-mail', () => {
    const text = mailTemplates.sv.delivery_rescheduled({
      ...rescheduled,
      shopPhone: null,
      shopEmail: null,
    }).text;
    expect(text).toContain(
      'Kontakta Silvervägens Livs:\nhttps://galleria.test/arjeplog/butiker/silvervagens-livs',
    );
    const phoneOnly = mailTemplates.sv.delivery_rescheduled({ ...rescheduled, shopEmail: null });
    expect(phoneOnly.text).toContain('Kontakta Silvervägens Livs: ring 0961-100 00.');
  });
});

describe('a carrier’s monthly report decided', () => {
  // "Arjeplogs kommun har godkänt Bussgodss månadsrapport": a name ending in s takes no s.
  it('writes the carrier’s name in the genitive as Swedish does', () => {
    const decision = mailTemplates.sv.carrier_report_decision({
      carrier: 'Bussgods',
      municipality: 'Arjeplog',
      month: '2026-11',
      approved: true,
      comment: null,
      link: 'https://galleria.test/konto/bud/bussgods',
    });
    expect(decision.text).toContain('Arjeplogs kommun har godkänt Bussgods månadsrapport');
  });
});
