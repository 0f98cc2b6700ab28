import type { LegalTexts } from './legal-texts.ts';

/** The legal pages in English; the same sections as sv-legal.ts, which is the source. */
export const enLegal: LegalTexts = {
  version: 'Version 1. We announce in the galleria when the terms change.',
  documents: {
    terms: {
      title: 'Terms of purchase',
      summary:
        'The terms of buying in e-galleria: who you buy from, how you pay, collect and book, and what to do if something is wrong.',
      sections: [
        {
          heading: 'Who you buy from',
          body: [
            'e-galleria is a shared marketplace for the local shops of the municipalities in the region. The shop sells the goods or the service to you. Each shop shows its name, address and organisation number on its page in the galleria.',
            'If you buy from several shops at once, there is one order per shop. Each shop is responsible for its part.',
            'The galleria is run by the municipality together with the region. It takes the order for the shop and passes it on, but it is not the seller.',
          ],
        },
        {
          heading: 'Prices',
          body: [
            'Prices are in Swedish kronor and include VAT. A price is for the unit shown beside it, for example per piece, kilo, litre or pack. The unit price shows what the goods cost per kilo, litre or piece.',
            'The price that applies is the one shown at checkout when you order.',
          ],
        },
        {
          heading: 'Order and confirmation',
          body: [
            'When you have ordered you get a confirmation by email. The shop then accepts the order. Until it does, you can cancel it yourself, on the order’s page (linked from the confirmation) or under My orders.',
            'The shop may cancel an order, for example when the goods have run out. You are told, and get your money back if you have already paid.',
          ],
        },
        {
          heading: 'Payment',
          body: [
            'You pay either when you collect or by card when you order, if the shops in your basket take card payment. Card payment is handled by the payment provider Stripe. Neither the galleria nor the shops ever see your card details.',
          ],
        },
        {
          heading: 'Collecting',
          body: [
            'For each shop you choose where to collect: in the shop or at a service point the shop delivers to. At checkout you see the first day the goods can be collected.',
            'When the parcel has reached the service point you get a message with a code. Show the code when you collect.',
            'A parcel waits at the service point for as many days as the service point’s page says. If you do not collect it, it goes back to the shop and the order is cancelled. If you paid by card, you get your money back.',
            'Chilled and frozen goods only go to service points with a fridge or freezer. Collect them on the day they arrive.',
          ],
        },
        {
          heading: 'Services',
          body: [
            'A service, such as a haircut or a laundry slot, is booked for a free time the shop shows. Services on request have no time yet: the shop gets in touch to agree on one. If you cannot come, tell the shop as soon as you can.',
          ],
        },
        {
          heading: 'Right of withdrawal',
          body: [
            'As a rule you have 14 days to withdraw. It does not cover everything, for example not fresh food. Read more on the page Right of withdrawal.',
          ],
        },
        {
          heading: 'If something is wrong',
          body: [
            'If goods are faulty you may complain under the Consumer Sales Act, for up to three years after the purchase. Tell the shop within a reasonable time after you found the fault; two months is always reasonable. Contact the shop directly, with the details on its page.',
            'If you and the shop cannot agree, you can turn to the National Board for Consumer Disputes (ARN) or to the municipality’s consumer advice.',
          ],
        },
      ],
    },
    privacy: {
      title: 'Privacy and personal data',
      summary:
        'What the galleria stores about you, why, for how long, and your rights under the General Data Protection Regulation (GDPR).',
      sections: [
        {
          heading: 'Who is responsible',
          body: [
            'Whoever runs e-galleria in the region is responsible for your account and for the galleria. The shop you buy from is responsible for your order with that shop. The municipality’s contact details are on its page in the galleria, and the shop’s on the shop’s page.',
          ],
        },
        {
          heading: 'What we store and why',
          body: [
            [
              'Your account: name, email address, language and your password in encrypted form (which nobody can read). It is needed for you to log in.',
              'Your orders: name, email address and phone number, what you bought, from which shop, where you collect, what you paid and how the order went. It is needed for the shop to deliver and for the shop’s bookkeeping.',
              'Who did what with an order, and from what kind of device and which network. Of the network address we keep only the beginning, which shows the network but not your household. It is needed to sort out mistakes and fraud.',
              'For home delivery: the address, door code, a note for the driver and a phone number, so the goods reach you. If you apply for subsidised home delivery: the municipality’s decision and its ground as a category only (such as age or no car), never details of health or care.',
              'Your basket, so that it is still there when you come back.',
              'Messages we send you, such as order confirmations and pickup codes.',
              'Counters of login attempts per email address and network address, to stop anyone trying to guess passwords.',
            ],
            'Card details are handled only by the payment provider Stripe, never by the galleria.',
            'We do not use your data for advertising and do not sell it to anyone.',
          ],
        },
        {
          heading: 'How long we keep it',
          body: [
            [
              'The account stays until you ask us to delete it.',
              'A login lasts for 30 days, and is made 30 days long again when you use the galleria with less than 15 days left. So it ends between 15 and 30 days after you last used the galleria.',
              'A link to change your password is valid for one hour.',
              'Messages we have sent you, or could not deliver, are deleted 90 days after they were written.',
              'The counters of login attempts are deleted once they have run out, within a few hours.',
              'Which network and kind of device an order was changed from is deleted after 540 days, when a card payment can no longer be disputed.',
              'Orders are kept for seven years after the end of the year of purchase, as the Bookkeeping Act requires of the shop, and are then deleted.',
              'A home-delivery address you saved on your account stays until you remove it. An address given without an account, at the checkout or by phone to a shop, is deleted 400 days after its last order.',
            ],
          ],
        },
        {
          heading: 'Who may see the data',
          body: [
            'A shop sees your orders with that shop. The service point’s operator sees the name of the person collecting and which parcels it is about. For home delivery, the carrier’s driver sees the address, door code, note and phone number of the deliveries in their hands. The municipality’s administrators see orders in the municipality’s galleria when they need to help. No shop sees what you bought in other shops.',
            'The map of service points fetches map images from a map provider, named under the map. The provider then sees your network address, but nothing else about you.',
          ],
        },
        {
          heading: 'Your rights',
          body: [
            [
              'You can find out what data we have about you and get a copy of it.',
              'You can correct wrong data. You change your name and language yourself under My account.',
              'You can ask us to delete data. What the law requires us to keep, such as bookkeeping, is deleted when that time has passed.',
              'You can ask us to restrict how the data is used and object to processing.',
              'You can get your data in a format other services can read.',
            ],
            'Contact the municipality to use your rights. If you think we handle your data wrongly, you can complain to the Swedish Authority for Privacy Protection (IMY).',
          ],
        },
      ],
    },
    withdrawal: {
      title: 'Right of withdrawal',
      summary:
        'When you buy at a distance you usually have the right to withdraw from the purchase within 14 days. This page says when the right applies and how to use it.',
      sections: [
        {
          heading: 'Goods',
          body: [
            'You can withdraw from buying goods within 14 days of the day you collected them. You do not need to give a reason.',
          ],
        },
        {
          heading: 'Services',
          body: [
            'You can withdraw from a booked service within 14 days of the day you booked it. If you want the service carried out within those 14 days and then withdraw, you pay for the part already done. Once the service has been fully carried out it cannot be withdrawn.',
          ],
        },
        {
          heading: 'When the right does not apply',
          body: [
            [
              'Goods that quickly deteriorate or go out of date, such as bread, fresh, chilled and frozen food.',
              'Sealed goods whose seal you have broken, if they cannot be returned for health or hygiene reasons.',
              'Goods made to your wishes.',
              'Services for leisure or travel booked for a set day or time, for example a seat on a shopping trip.',
            ],
          ],
        },
        {
          heading: 'How to withdraw',
          body: [
            'Tell the shop within 14 days that you withdraw from the purchase. The shop’s contact details are on its page in the galleria. You may also use the Swedish Consumer Agency’s standard withdrawal form.',
            'If you have not received the order yet, you can cancel it yourself under My orders until the shop has accepted it. A parcel you do not collect goes back to the shop.',
          ],
        },
        {
          heading: 'Returning goods and getting your money back',
          body: [
            'Return the goods to the shop, or in the way the shop tells you, within 14 days after you withdrew. You pay the cost of returning them unless the shop says otherwise.',
            'The shop pays back what you paid within 14 days after you withdrew. The shop may wait until it has the goods back.',
          ],
        },
      ],
    },
    cookies: {
      title: 'Cookies',
      summary:
        'e-galleria only uses the cookies the galleria needs to work. That is why we do not ask for consent.',
      sections: [
        {
          heading: 'Cookies we use',
          body: [
            [
              'galleria_session: keeps you logged in. It is set when you log in and lasts until 15–30 days after you last used the galleria (see “Privacy and personal data”), or until you log out.',
              'galleria_basket: remembers your basket when you are not logged in. It lasts for 30 days.',
              'galleria_browser: remembers that this browser has logged in to your account before, so that someone guessing your password elsewhere does not lock you out here. It holds no password and lets nobody in by itself. It lasts for a year and stays when you log out.',
            ],
            'The cookies can only be read by the galleria’s server, not by scripts on the page and not by other websites. On an encrypted connection their names begin with __Host-, for example __Host-galleria_session.',
          ],
        },
        {
          heading: 'Data in your browser',
          body: [
            'Your choice of language is stored in the browser, so that the galleria shows the same language next time. Operators at a service point and a carrier’s drivers also have the day’s parcels or deliveries stored there, with names and, for deliveries, addresses, and the actions that wait to be sent while the connection is down, so that their screen works without a connection.',
          ],
        },
        {
          heading: 'Nothing else',
          body: [
            'We use no cookies for statistics or advertising and no services that follow you between websites. The map of service points fetches map images from a map provider, which then sees your network address; the galleria sends no cookies there.',
            'You can delete the cookies in your browser’s settings. You are then logged out, and a basket you have as a guest is emptied.',
          ],
        },
      ],
    },
  },
};
