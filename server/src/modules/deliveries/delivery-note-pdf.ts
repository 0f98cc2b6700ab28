import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { DeliveryNote } from '@e-galleria/shared/deliveries';

export type NotePaper = 'A4' | 'A5';

const storageLabels: Record<string, string> = {
  ambient: 'Rumstemp.',
  chilled: 'Kyl',
  frozen: 'Frys',
};

const kronor = (ore: number) =>
  new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' }).format(ore / 100);

/**
 * The delivery note (leveranssedel) as a PDF, in Swedish as the driver and the shop read it:
 * the address and how to reach the door, the goods with their temperature class (no prices),
 * cool bags, what to collect, carrier and route day, and the parcel code as a QR.
 */
export async function renderDeliveryNotePdf(note: DeliveryNote, paper: NotePaper): Promise<Buffer> {
  const code = note.parcelCode ?? note.orderId;
  const qr = await QRCode.toBuffer(code, { errorCorrectionLevel: 'M', margin: 1, scale: 4 });
  const document = new PDFDocument({
    size: paper,
    margin: paper === 'A4' ? 50 : 28,
    info: { Title: `Leveranssedel ${code}`, Author: note.shop.name },
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  const big = paper === 'A4' ? 20 : 15;
  const body = paper === 'A4' ? 11 : 9;
  const left = document.page.margins.left;
  const qrSize = paper === 'A4' ? 110 : 80;
  const qrLeft = document.page.width - document.page.margins.right - qrSize;
  const top = document.y;

  document.image(qr, qrLeft, top, { width: qrSize });
  document.fontSize(big).font('Helvetica-Bold').text('Leveranssedel', left, top);
  document.fontSize(body).font('Helvetica').text(note.shop.name);
  document.text(`Paketkod: ${code}`);
  document.text(`Leveransdag: ${note.date}${note.zoneName ? ` · ${note.zoneName}` : ''}`);
  document.text(`Bud: ${note.carrier?.name ?? 'inte valt'}`);
  document.moveDown();

  const { recipient } = note;
  document
    .fontSize(big)
    .font('Helvetica-Bold')
    .text(recipient.name, left, Math.max(document.y, top + qrSize + 10));
  document.fontSize(body + 2).font('Helvetica');
  document.text(recipient.streetAddress);
  document.text(`${recipient.postalCode} ${recipient.village}`);
  document.text(`Telefon: ${recipient.phone}`);
  if (recipient.doorCode) document.text(`Portkod: ${recipient.doorCode}`);
  if (recipient.driverNote) document.text(`Till chauffören: ${recipient.driverNote}`);
  document.moveDown();

  document.fontSize(body).font('Helvetica-Bold');
  document.text(`Kylväskor: ${note.coolBags}`);
  document.text(
    note.collectOre > 0 ? `Att ta betalt vid leverans: ${kronor(note.collectOre)}` : 'Betald',
  );
  document.moveDown();

  document.font('Helvetica-Bold').text('Varor');
  document.font('Helvetica');
  for (const line of note.lines)
    document.text(
      `${line.quantity} × ${line.title}${line.variantName ? ` (${line.variantName})` : ''} — ${storageLabels[line.storageClass] ?? line.storageClass}`,
    );
  document.end();
  return done;
}
