import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every line of text of a PDF, as a reader would copy it; pages separated by a line end. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n');
}

/** Any run of spaces (no-break ones included, and line ends in a table cell) as one space. */
export const squeeze = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
