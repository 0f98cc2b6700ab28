import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeProfile, inviteShop, publishShop } from './support/shops.ts';
import { createTestApp, latestLinkMailedTo, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const arjeplogAdmin = 'kommun@arjeplog.example.se';

/** The municipality's decisions mailed to a shop's owners, by subject. */
const reviewMails = (subject: string) =>
  t.database
    .knex('outbox_messages')
    .where({ kind: 'shop_review_decision', subject })
    .select<{ to_address: string; text_body: string }[]>('to_address', 'text_body');

describe('onboarding a shop', () => {
  it('takes a shop from invitation through review to the galleria', async () => {
    const admin = await t.loginAs(arjeplogAdmin);
    const invited = await admin
      .post('/api/v1/admin/municipalities/arjeplog/shop-invitations')
      .send({ email: 'agare@fjallboden.example.se', shopName: 'Fjällboden', locale: 'en' });
    expect(invited.status).toBe(201);
    expect(invited.body.shop).toMatchObject({
      name: 'Fjällboden',
      slug: 'fjallboden',
      status: 'draft',
    });
    expect(invited.body.invitation).toMatchObject({
      role: 'shop_owner',
      scope: { type: 'shop', name: 'Fjällboden', slug: 'fjallboden' },
    });
    const shopId = invited.body.shop.id as string;
    const mail = await t.database
      .knex('outbox_messages')
      .where({ to_address: 'agare@fjallboden.example.se' })
      .first();
    expect(mail.subject).toBe('Invitation: open Fjällboden in the Arjeplog e-galleria');

    const token = (await latestLinkMailedTo(t, 'agare@fjallboden.example.se')).split(
      '/inbjudan/',
    )[1];
    const owner = t.agent();
    const accepted = await owner
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ name: 'Olle Ägare', password: 'fjällbutik-2026' });
    expect(accepted.body.redirectTo).toBe(`/konto/butiker/${shopId}`);
    const me = await owner.get('/api/v1/me');
    expect(me.body.roles).toContainEqual({
      role: 'shop_owner',
      scope: { type: 'shop', id: shopId, slug: 'fjallboden', name: 'Fjällboden' },
    });

    const updated = await owner.patch(`/api/v1/shops/${shopId}`).send(completeProfile);
    expect(updated.status).toBe(200);
    expect(updated.body.shop).toMatchObject({
      orgNumber: '556036-0793',
      village: 'Laisvall',
      categories: [{ slug: 'livsmedel', name: { sv: 'Livsmedel', en: 'Groceries' } }],
    });

    // Not visible before approval.
    expect((await t.agent().get('/api/v1/municipalities/arjeplog/shops/fjallboden')).status).toBe(
      404,
    );
    const submitted = await owner.post(`/api/v1/shops/${shopId}/submit`);
    expect(submitted.body.shop.status).toBe('submitted');
    const listed = await admin.get('/api/v1/admin/municipalities/arjeplog/shops?status=submitted');
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(shopId);

    const approved = await admin.post(`/api/v1/admin/shops/${shopId}/approve`);
    expect(approved.body.shop).toMatchObject({ status: 'published', reviewComment: null });
    // The owner is told (before, a shop went live without a word to them).
    expect(await reviewMails('Fjällboden är godkänd och syns nu i e-galleria')).toHaveLength(1);

    const resident = await t.loginAs('boende@arjeplog.example.se');
    const list = await resident.get('/api/v1/municipalities/arjeplog/shops');
    expect(list.body.items.map((item: { slug: string }) => item.slug)).toContain('fjallboden');
    const page = await resident.get('/api/v1/municipalities/arjeplog/shops/fjallboden');
    expect(page.body.shop).toMatchObject({
      name: 'Fjällboden',
      description: completeProfile.description,
      homeMunicipality: { slug: 'arjeplog', name: 'Arjeplog' },
    });
    expect(page.body.shop.status).toBeUndefined();
    expect(page.body.shop.vatNumber).toBeUndefined();
  });

  it('returns a shop with a comment the owner sees, and accepts it resubmitted', async () => {
    const { shopId, owner } = await inviteShop(t, {
      email: 'agare@retur.example.se',
      shopName: 'Returbutiken',
    });
    await owner.patch(`/api/v1/shops/${shopId}`).send(completeProfile);
    await owner.post(`/api/v1/shops/${shopId}/submit`);
    const admin = await t.loginAs(arjeplogAdmin);
    const returned = await admin
      .post(`/api/v1/admin/shops/${shopId}/return`)
      .send({ comment: 'Lägg till öppettider för lördagar.' });
    expect(returned.body.shop.status).toBe('returned');
    const [told] = await reviewMails('Arjeplog vill att ni ändrar något i Returbutiken');
    expect(told?.text_body).toContain('Lägg till öppettider för lördagar.');
    const seen = await owner.get(`/api/v1/shops/${shopId}`);
    expect(seen.body.shop).toMatchObject({
      status: 'returned',
      reviewComment: 'Lägg till öppettider för lördagar.',
    });
    expect((await owner.post(`/api/v1/shops/${shopId}/submit`)).body.shop.status).toBe('submitted');
  });

  it('requires a comment to return a shop', async () => {
    const { shopId } = await inviteShop(t, { email: 'agare@utan.example.se', shopName: 'Utan' });
    const admin = await t.loginAs(arjeplogAdmin);
    const response = await admin
      .post(`/api/v1/admin/shops/${shopId}/return`)
      .send({ comment: ' ' });
    expect([response.status, response.body.code]).toEqual([400, 'validation_failed']);
  });

  it('suspends a published shop out of the galleria and reinstates it', async () => {
    const { shopId, slug } = await publishShop(t, {
      email: 'agare@paus.example.se',
      shopName: 'Pausboden',
    });
    const admin = await t.loginAs(arjeplogAdmin);
    expect((await admin.post(`/api/v1/admin/shops/${shopId}/suspend`)).body.shop.status).toBe(
      'suspended',
    );
    expect((await t.agent().get(`/api/v1/municipalities/arjeplog/shops/${slug}`)).status).toBe(404);
    expect((await admin.post(`/api/v1/admin/shops/${shopId}/reinstate`)).body.shop.status).toBe(
      'published',
    );
    expect((await t.agent().get(`/api/v1/municipalities/arjeplog/shops/${slug}`)).status).toBe(200);
  });

  it('gives every shop of the same name its own slug', async () => {
    const first = await inviteShop(t, { email: 'a@tvilling.example.se', shopName: 'Tvillingen' });
    const second = await inviteShop(t, { email: 'b@tvilling.example.se', shopName: 'Tvillingen' });
    expect([first.slug, second.slug]).toEqual(['tvillingen', 'tvillingen-2']);
  });
});

describe('the invitation mail', () => {
  it('names the municipality as it names itself: “Arjeplogs kommun”, “Gällivare kommun”', async () => {
    for (const [admin, municipality, email, expected] of [
      [
        'kommun@arjeplog.example.se',
        'arjeplog',
        'agare@brev-arjeplog.example.se',
        'Arjeplogs kommun bjuder in Brevbutiken',
      ],
      [
        'kommun@gallivare.example.se',
        'gallivare',
        'agare@brev-gallivare.example.se',
        'Gällivare kommun bjuder in Brevbutiken',
      ],
    ] as const) {
      const invited = await (
        await t.loginAs(admin)
      )
        .post(`/api/v1/admin/municipalities/${municipality}/shop-invitations`)
        .send({ email, shopName: 'Brevbutiken' });
      expect(invited.status).toBe(201);
      const mail: { text_body: string } | undefined = await t.database
        .knex('outbox_messages')
        .where({ to_address: email })
        .first('text_body');
      expect(mail?.text_body).toContain(expected);
    }
  });
});

describe('status rules', () => {
  it('refuses to approve a draft, to submit twice and to suspend a submitted shop', async () => {
    const { shopId, owner } = await inviteShop(t, {
      email: 'agare@regler.example.se',
      shopName: 'Regelboden',
    });
    const admin = await t.loginAs(arjeplogAdmin);
    const early = await admin.post(`/api/v1/admin/shops/${shopId}/approve`);
    expect([early.status, early.body.code]).toEqual([409, 'status_conflict']);
    await owner.patch(`/api/v1/shops/${shopId}`).send(completeProfile);
    await owner.post(`/api/v1/shops/${shopId}/submit`);
    expect((await owner.post(`/api/v1/shops/${shopId}/submit`)).body.code).toBe('status_conflict');
    expect((await admin.post(`/api/v1/admin/shops/${shopId}/suspend`)).body.code).toBe(
      'status_conflict',
    );
  });

  it('freezes the profile while it is reviewed', async () => {
    const { shopId, owner } = await inviteShop(t, {
      email: 'agare@frys.example.se',
      shopName: 'Frysboden',
    });
    await owner.patch(`/api/v1/shops/${shopId}`).send(completeProfile);
    await owner.post(`/api/v1/shops/${shopId}/submit`);
    const response = await owner.patch(`/api/v1/shops/${shopId}`).send({ city: 'Slagnäs' });
    expect([response.status, response.body.code]).toEqual([409, 'status_conflict']);
  });

  it('keeps the approved organisation number of a published shop', async () => {
    const { shopId, owner } = await publishShop(t, {
      email: 'agare@identitet.example.se',
      shopName: 'Identiteten',
    });
    expect((await owner.patch(`/api/v1/shops/${shopId}`).send({ city: 'Jäckvik' })).status).toBe(
      200,
    );
    const response = await owner
      .patch(`/api/v1/shops/${shopId}`)
      .send({ orgNumber: '212000-2726', vatNumber: null });
    expect(response.body.code).toBe('status_conflict');
  });

  it('names the missing fields when an empty profile is submitted', async () => {
    const { shopId, owner } = await inviteShop(t, {
      email: 'agare@tom.example.se',
      shopName: 'Tom',
    });
    const response = await owner.post(`/api/v1/shops/${shopId}/submit`);
    expect([response.status, response.body.code]).toEqual([400, 'validation_failed']);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'orgNumber',
      'streetAddress',
      'postalCode',
      'city',
      'contactEmail',
      'categoryIds',
    ]);
  });
});

describe('profile validation', () => {
  let shopId: string;
  let owner: Awaited<ReturnType<typeof inviteShop>>['owner'];
  beforeAll(async () => {
    ({ shopId, owner } = await inviteShop(t, {
      email: 'agare@validering.example.se',
      shopName: 'Valideringen',
    }));
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    [
      'an organisation number with a wrong control digit',
      { orgNumber: '556036-0794' },
      'orgNumber',
    ],
    ['an organisation number without hyphen', { orgNumber: '5560360793' }, 'orgNumber'],
    [
      'a VAT number of another organisation',
      { orgNumber: '556036-0793', vatNumber: 'SE212000272601' },
      'vatNumber',
    ],
    ['a postal code of letters', { postalCode: 'abc' }, 'postalCode'],
    ['a website that is not http', { websiteUrl: 'javascript:alert(1)' }, 'websiteUrl'],
    ['an unknown category', { categoryIds: ['cat-finns-inte'] }, 'categoryIds.0'],
    [
      'an interval that closes before it opens',
      {
        openingHours: { weekly: [{ weekday: 1, opens: '18:00', closes: '09:00' }], exceptions: [] },
      },
      'openingHours.weekly.0.closes',
    ],
    [
      'a weekday 8',
      {
        openingHours: { weekly: [{ weekday: 8, opens: '09:00', closes: '18:00' }], exceptions: [] },
      },
      'openingHours.weekly.0.weekday',
    ],
    ['a too long description', { description: 'x'.repeat(5001) }, 'description'],
    ['an unknown field', { status: 'published' }, 'status'],
  ];

  it.each(invalid)('rejects %s', async (_name, body, field) => {
    const response = await owner.patch(`/api/v1/shops/${shopId}`).send(body);
    expect([response.status, response.body.code]).toEqual([400, 'validation_failed']);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('rejects a VAT number that does not match the stored organisation number', async () => {
    await owner.patch(`/api/v1/shops/${shopId}`).send({ orgNumber: '556036-0793' });
    const response = await owner
      .patch(`/api/v1/shops/${shopId}`)
      .send({ vatNumber: 'SE212000272601' });
    expect(response.body.errors[0]).toMatchObject({
      field: 'vatNumber',
      code: 'vat_number_mismatch',
    });
  });

  it('names the broken rule in the field error’s code, so the form can say what is wrong', async () => {
    for (const [body, field, code] of [
      [{ orgNumber: '556036-0794' }, 'orgNumber', 'org_number_check_digit'],
      [
        { orgNumber: '556036-0793', vatNumber: 'SE212000272601' },
        'vatNumber',
        'vat_number_mismatch',
      ],
      [
        {
          openingHours: {
            weekly: [{ weekday: 1, opens: '18:00', closes: '09:00' }],
            exceptions: [],
          },
        },
        'openingHours.weekly.0.closes',
        'closes_before_opens',
      ],
    ] as const) {
      const response = await owner.patch(`/api/v1/shops/${shopId}`).send(body);
      expect([response.status, response.body.code]).toEqual([400, 'validation_failed']);
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field, code }));
    }
  });
});
