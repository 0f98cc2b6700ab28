import sharp from 'sharp';
import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, keepScreenshot, logIn } from './support/flows.ts';

const environment = useE2eEnvironment();

test('the Arjeplog admin edits the front page title and residents see it; Gällivare stays closed to them', async () => {
  const page = await environment.newPage();
  await page.goto('/admin/kommun/arjeplog');
  // Anonymous: sent to log in, then brought back to the page asked for.
  await heading(page, 'Logga in').waitFor();
  await page.getByLabel('E-postadress', { exact: true }).fill('kommun@arjeplog.example.se');
  await page.getByLabel('Lösenord', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Logga in' }).click();

  await heading(page, 'Inställningar för Arjeplog').waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  const newTitle = 'Välkommen till Arjeplogs nya galleria';
  await page.getByLabel('Rubrik på svenska', { exact: true }).fill(newTitle);
  await page.getByRole('button', { name: 'Spara ändringar' }).click();
  await page.getByRole('status').filter({ hasText: 'Ändringarna är sparade.' }).waitFor();

  await page.getByRole('link', { name: 'Visa kommunens sida' }).click();
  await heading(page, newTitle).waitFor();
  expect(new URL(page.url()).pathname).toBe('/arjeplog');
  await expectNoSeriousAccessibilityViolations(page);

  await page.goto('/admin/kommun/gallivare');
  await heading(page, 'Du har inte behörighet').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
});

// A 16×16 PNG in the Arjeplog blue, small enough to keep inline.
const logoPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR4nGOQ9Z9IEmIY1TCqYfhqAAANvf0BBnYoigAAAABJRU5ErkJggg==',
  'base64',
);

test('the admin uploads a logo, previews it, and it appears on the public page', async () => {
  const page = await environment.newPage();
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await heading(page, 'Inställningar för Arjeplog').waitFor();
  await page
    .getByLabel('Bildfil', { exact: true })
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng });
  await page.getByRole('img', { name: 'Förhandsvisning' }).waitFor();
  await page.getByRole('button', { name: 'Ladda upp logotyp' }).click();
  await page.getByRole('status').filter({ hasText: 'Logotypen är uppladdad.' }).waitFor();
  // Ready for another: the uploaded file is no longer chosen nor previewed.
  expect(await page.getByLabel('Bildfil', { exact: true }).inputValue()).toBe('');
  expect(await page.getByRole('img', { name: 'Förhandsvisning' }).count()).toBe(0);

  await page.goto('/arjeplog');
  const logo = page.getByRole('img', { name: 'Logotyp för Arjeplog' });
  await logo.waitFor();
  expect(await logo.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(
    0,
  );
});

type SentImage = { type: string; size: number; hasExif: boolean };

/** In the page: remembers the image part of the last multipart body sent by fetch (the
 * browser reports no size for a request body made of files). */
function rememberSentImages() {
  const send = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const image = init?.body instanceof FormData ? init.body.get('image') : null;
    if (image instanceof Blob) {
      const bytes = new TextDecoder('latin1').decode(await image.arrayBuffer());
      const sentImage: SentImage = {
        type: image.type,
        size: image.size,
        hasExif: bytes.includes('Exif\0\0'),
      };
      (window as { sentImage?: SentImage }).sentImage = sentImage;
    }
    return send(input, init);
  };
}

test('on a phone, a camera photo over 5 MB is made smaller before it is sent, upright and without its metadata, and becomes the logo', async () => {
  // Stored sideways with the EXIF orientation "turn 90°", as phones do, with a place in GPS.
  const photo = await sharp({
    create: {
      width: 3000,
      height: 2250,
      channels: 3,
      background: '#000000',
      noise: { type: 'gaussian', mean: 120, sigma: 60 },
    },
  })
    .jpeg({ quality: 97 })
    .withMetadata({ orientation: 6 })
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '66/1 3/1 0/1' } })
    .toBuffer();
  expect(photo.length).toBeGreaterThan(5 * 1024 * 1024);

  const page = await environment.newPage({ viewport: { width: 360, height: 800 } });
  await page.addInitScript(rememberSentImages);
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await heading(page, 'Inställningar för Arjeplog').waitFor();
  await page.getByText('Ett stort JPEG-foto görs mindre innan det skickas').waitFor();
  await page
    .getByLabel('Bildfil', { exact: true })
    .setInputFiles({ name: 'IMG_0042.JPG', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('button', { name: 'Ladda upp logotyp' }).click();
  await page.getByRole('status').filter({ hasText: 'Logotypen är uppladdad.' }).waitFor();
  // The logo needs 512 px: 384 × 512 upright, some tens of kB sent instead of 7 MB.
  const sentImage = await page.evaluate(() => (window as { sentImage?: SentImage }).sentImage);
  expect(sentImage).toMatchObject({ type: 'image/jpeg', hasExif: false });
  expect(sentImage?.size).toBeGreaterThan(1024);
  expect(sentImage?.size).toBeLessThan(300 * 1024);
  await keepScreenshot(page, 'logo-from-camera-photo-360');

  await page.goto('/arjeplog');
  const logo = page.getByRole('img', { name: 'Logotyp för Arjeplog' });
  await logo.waitFor();
  const shape = await logo.evaluate((image: HTMLImageElement) =>
    image.decode().then(() => ({ width: image.naturalWidth, height: image.naturalHeight })),
  );
  // Upright: taller than wide, as the camera was held.
  expect(shape.height).toBeGreaterThan(shape.width);
});

test('invalid settings are explained next to their field', async () => {
  const page = await environment.newPage();
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await heading(page, 'Inställningar för Arjeplog').waitFor();
  await page.getByLabel('Färgkod', { exact: true }).fill('blå');
  await page.getByRole('button', { name: 'Spara ändringar' }).click();
  await page.getByRole('link', { name: /^Färgkod: Skriv färgen som #/ }).waitFor();
  expect(await page.getByLabel('Färgkod', { exact: true }).getAttribute('aria-invalid')).toBe(
    'true',
  );
  await expectNoSeriousAccessibilityViolations(page);
});
