import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// The 14 standard fonts' metrics, which PDFs from pdfkit use without embedding them.
const standardFontDataUrl = `${path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts',
)}/`;

/** The text of every page of a PDF, one line per text run, as a reader would find it. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const task = getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    standardFontDataUrl,
  });
  const document = await task.promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .filter(Boolean)
        .join('\n'),
    );
  }
  await task.destroy();
  return pages.join('\n');
}
