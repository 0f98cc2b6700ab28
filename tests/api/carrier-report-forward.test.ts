import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSmtpTransport,
  type MailTransport,
} from '../../server/src/integrations/mail-transport.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { createCarrier, newClientId, type CarrierFixture } from './support/deliveries.ts';
import { pdfText } from './support/pdf-text.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// The world's clock starts on Monday 30 November 2026 at noon; the month ends a day later.
const november = '2026-11';
const registry = 'registrator@lansstyrelsen.example.se';

let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let taxi: CarrierFixture;
let arjeplogAdmin: supertest.Agent;
let gallivareAdmin: supertest.Agent;
let reportId = '';
/** The SMTP server refuses while this is above zero, then takes mail again. */
const refusals = { left: 0 };

const adminUrl = (municipality: string, path = '') =>
  `/api/v1/admin/municipalities/${municipality}/carrier-reports${path}`;

/** The attached PDF's bytes in a multipart message as the SMTP server received it. */
function attachedPdf(raw: string): Buffer {
  const part = raw.split(/\r\n--/).find((each) => /filename="?manadsrapport-/i.test(each));
  if (!part) throw new Error('no attachment in the message');
  const body = part.slice(part.indexOf('\r\n\r\n') + 4);
  return Buffer.from(body.replace(/\s+/g, ''), 'base64');
}

async function forwardRows() {
  return t.database.knex('carrier_report_forwards').where({ report_id: reportId });
}

beforeAll(async () => {
  sink = await startSmtpSink();
  const smtp = createSmtpTransport(sink.url, 'e-galleria <noreply@example.se>');
  const flaky: MailTransport = {
    send(mail) {
      if (refusals.left > 0) {
        refusals.left -= 1;
        return Promise.reject(new Error('421 try again later'));
      }
      return smtp.send(mail);
    },
  };
  t = await createTestApp({ mailTransport: flaky });
  taxi = await createCarrier(t, { name: 'Laisvalls taxi', zones: [], shops: [] });
  const started = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/runs`)
    .send({ clientId: newClientId(), date: '2026-11-30', route: 'Laisvall', vehicle: 'ABC 123' });
  expect(started.status).toBe(201);
  const closed = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/runs/${started.body.run.id as string}/close`)
    .send({ clientId: newClientId(), km: 84.3 });
  expect(closed.status).toBe(200);
  t.clock.advance(24 * 60 * 60 * 1000);
  const submitted = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/reports/${november}/submit`)
    .send({ costBasis: 'run', costUnitOre: 150000 });
  expect(submitted.status).toBe(201);
  reportId = submitted.body.report.id as string;
  arjeplogAdmin = await t.loginAs('kommun@arjeplog.example.se');
  gallivareAdmin = await t.loginAs('kommun@gallivare.example.se');
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

describe('forwarding an approved carrier report', () => {
  it('forwards only an approved report, and nothing is written before', async () => {
    const early = await arjeplogAdmin
      .post(adminUrl('arjeplog', `/${reportId}/forward`))
      .send({ to: registry });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('status_conflict');
    expect(await forwardRows()).toHaveLength(0);
    const approved = await arjeplogAdmin
      .post(adminUrl('arjeplog', `/${reportId}/approve`))
      .send({});
    expect(approved.status).toBe(200);
  });

  it('refuses a bad address on `to` and another municipality’s report, changing nothing', async () => {
    for (const to of ['', 'registrator', 'registrator@', 'a b@example.se']) {
      const refused = await arjeplogAdmin
        .post(adminUrl('arjeplog', `/${reportId}/forward`))
        .send({ to });
      expect(refused.status, to).toBe(400);
      expect(refused.body.errors[0].field).toBe('to');
    }
    const elsewhere = await gallivareAdmin
      .post(adminUrl('gallivare', `/${reportId}/forward`))
      .send({ to: registry });
    expect(elsewhere.status).toBe(404);
    const theirs = await gallivareAdmin
      .post(adminUrl('arjeplog', `/${reportId}/forward`))
      .send({ to: registry });
    expect(theirs.status).toBe(403);
    const driver = await taxi.driver
      .post(adminUrl('arjeplog', `/${reportId}/forward`))
      .send({ to: registry });
    expect(driver.status).toBe(403);
    expect(await forwardRows()).toHaveLength(0);
    expect(
      await t.database.knex('outbox_messages').where({ kind: 'carrier_report_forwarded' }),
    ).toHaveLength(0);
  });

  it('mails the PDF through the outbox, the same bytes on a retry, and keeps it in the history', async () => {
    // What was pending before (the approval's mail to the carrier) goes out first.
    await t.services.mail.deliverPending();
    const forwarded = await arjeplogAdmin
      .post(adminUrl('arjeplog', `/${reportId}/forward`))
      .send({ to: 'Registrator@Lansstyrelsen.example.se', message: 'För hemsändningsbidraget.' });
    expect(forwarded.status, JSON.stringify(forwarded.body)).toBe(200);
    expect(forwarded.body.report.forwards).toEqual([
      { to: registry, at: new Date(t.clock.now()).toISOString(), by: expect.any(String) },
    ]);

    const message = await t.database
      .knex('outbox_messages')
      .where({ to_address: registry, kind: 'carrier_report_forwarded' })
      .first();
    expect(message.status).toBe('pending');
    expect(message.subject).toBe(
      'Månadsrapport hemsändning 2026-11: Laisvalls taxi (Arjeplogs kommun)',
    );
    expect(message.text_body).toContain('För hemsändningsbidraget.');
    const [stored] = await t.database
      .knex('outbox_attachments')
      .where({ message_id: message.id })
      .select<{ filename: string; content_type: string; content: Buffer }[]>('*');
    expect(stored?.filename).toBe(`manadsrapport-${taxi.slug}-${november}.pdf`);
    expect(stored?.content_type).toBe('application/pdf');
    const bytes = Buffer.from(stored?.content ?? []);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The first attempt is refused; the retry sends the bytes stored with the mail.
    refusals.left = 1;
    expect(await t.services.mail.deliverPending()).toBe(0);
    expect(await t.services.mail.deliverPending()).toBe(1);
    const received = sink.received.filter((mail) => mail.to.includes(registry));
    expect(received).toHaveLength(1);
    const pdf = attachedPdf(received[0]?.body ?? '');
    expect(pdf.equals(bytes)).toBe(true);
    const text = await pdfText(pdf);
    expect(text).toContain('Laisvalls taxi');
    expect(text).toContain('84,3');

    const list = await arjeplogAdmin.get(adminUrl('arjeplog'));
    const report = (list.body.reports as { id: string; forwards: { to: string }[] }[]).find(
      (each) => each.id === reportId,
    );
    expect(report?.forwards.map((forward) => forward.to)).toEqual([registry]);
  });
});
