import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/**
 * DejaVu Sans, embedded (subset) in every PDF: pdfkit's built-in Helvetica only knows
 * WinAnsi, which has no narrow no-break space, minus sign or "œ" in every reader; DejaVu has
 * every character French and English text uses here.
 */
const fontFiles = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/**
 * pdfkit (with fontkit and its tables) is loaded on the first PDF, not at start: most starts never
 * write one, and it was ~30 modules and ~1 MB of source on a cold start's path (benchmark 4).
 */
const loadPdfKit = async () => (await import('pdfkit')).default;

const ink = '#1a1b1e';
const dimmed = '#495057';
const rule = '#dee2e6';
export const reportColors = {
  planned: '#a5d8ff',
  tracked: '#1c7ed6',
  good: '#2f9e44',
  bad: '#e03131',
  ink,
  dimmed,
};

export type PdfColumn = { header: string; width: number; align?: 'left' | 'right' };

/**
 * The organisation a report is made under (the instance's profile) and the client it is about.
 * With it, every page carries the logo and name, the client under them, and a footer with the
 * contact line and the page number; without it the report is Cadence's plain one.
 */
export type PdfBranding = {
  name: string;
  website: string;
  contactLine: string;
  logo: { bytes: Buffer; width: number; height: number } | null;
  clientName: string;
  pageLabel: (page: number, pages: number) => string;
};

/** Room the branded header takes above the content, and its logo's box. */
const header = { height: 58, logoWidth: 140, logoHeight: 40 };

/**
 * A report written top to bottom on A4 pages: headings, paragraphs, tables and bar charts, each
 * moving to a new page when it would not fit. `finish()` gives the file's bytes.
 */
export async function createReportPdf(meta: {
  title: string;
  subject: string;
  locale: 'fr' | 'en';
  /** The app's clock: the file's date and its ID (derived from it) are then the same for the same report. */
  createdAt: Date;
  branding?: PdfBranding | null;
}) {
  const PDFDocument = await loadPdfKit();
  const branding = meta.branding ?? null;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: branding ? 48 + header.height : 48, bottom: 48, left: 48, right: 48 },
    // Header and footer are drawn on every page once the page count is known.
    bufferPages: branding !== null,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      ...(branding?.name ? { Author: branding.name } : {}),
      Creator: 'Cadence',
      Producer: 'Cadence',
      CreationDate: meta.createdAt,
    },
    lang: meta.locale === 'fr' ? 'fr-FR' : 'en-GB',
    displayTitle: true,
  });
  doc.registerFont('regular', fontFiles.regular);
  doc.registerFont('bold', fontFiles.bold);
  doc.font('regular').fontSize(10).fillColor(ink);
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  /** Starts a new page unless `height` points still fit on this one. */
  const ensureRoom = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };

  return {
    width,
    title(text: string, subtitle: string) {
      // Branded, the header already says whose report it is.
      if (!branding) doc.font('regular').fontSize(9).fillColor(dimmed).text('Cadence', left, doc.y);
      doc.font('bold').fontSize(20).fillColor(ink).text(text, { width });
      doc.font('regular').fontSize(11).fillColor(dimmed).text(subtitle, { width });
      doc.moveDown(0.8);
    },
    heading(text: string) {
      ensureRoom(60);
      doc.moveDown(0.6);
      doc.font('bold').fontSize(13).fillColor(ink).text(text, left, doc.y, { width });
      doc.moveDown(0.3);
    },
    paragraph(text: string, options: { color?: string; size?: number } = {}) {
      ensureRoom(20);
      doc
        .font('regular')
        .fontSize(options.size ?? 10)
        .fillColor(options.color ?? ink)
        .text(text, left, doc.y, { width });
      doc.moveDown(0.3);
    },
    /** Rows of cells under a bold header; the last row bold when `totalRow`. */
    table(columns: PdfColumn[], rows: string[][], options: { totalRow?: boolean } = {}) {
      const scale = width / columns.reduce((sum, column) => sum + column.width, 0);
      const drawRow = (cells: string[], font: 'regular' | 'bold', color: string) => {
        doc.font(font).fontSize(9);
        const heights = cells.map((cell, index) =>
          doc.heightOfString(cell, { width: (columns[index]?.width ?? 0) * scale - 6 }),
        );
        const height = Math.max(...heights, 10) + 6;
        ensureRoom(height);
        const top = doc.y;
        let x = left;
        cells.forEach((cell, index) => {
          const columnWidth = (columns[index]?.width ?? 0) * scale;
          doc
            .fillColor(color)
            .text(cell, x + 3, top + 3, { width: columnWidth - 6, align: columns[index]?.align ?? 'left' });
          x += columnWidth;
        });
        doc
          .moveTo(left, top + height)
          .lineTo(left + width, top + height)
          .lineWidth(0.5)
          .strokeColor(rule)
          .stroke();
        doc.x = left;
        doc.y = top + height;
      };
      drawRow(
        columns.map((column) => column.header),
        'bold',
        dimmed,
      );
      for (const [index, cells] of rows.entries())
        drawRow(cells, options.totalRow && index === rows.length - 1 ? 'bold' : 'regular', ink);
      doc.moveDown(0.5);
    },
    /**
     * Paired horizontal bars, one pair per line (e.g. planned and tracked minutes of a category),
     * on one scale, with each value written after its bar and a legend above.
     */
    pairedBars(
      lines: { label: string; first: number; second: number; firstText: string; secondText: string }[],
      legend: { first: string; second: string },
    ) {
      const labelWidth = 150;
      const barArea = width - labelWidth - 70;
      const largest = Math.max(1, ...lines.map((line) => Math.max(line.first, line.second)));
      ensureRoom(30);
      const legendTop = doc.y;
      doc.rect(left, legendTop + 2, 10, 8).fill(reportColors.planned);
      doc
        .font('regular')
        .fontSize(8)
        .fillColor(dimmed)
        .text(legend.first, left + 14, legendTop, { lineBreak: false });
      doc.rect(left + 130, legendTop + 2, 10, 8).fill(reportColors.tracked);
      doc.fillColor(dimmed).text(legend.second, left + 144, legendTop, { lineBreak: false });
      doc.y = legendTop + 16;
      for (const line of lines) {
        ensureRoom(26);
        const top = doc.y;
        doc
          .font('regular')
          .fontSize(9)
          .fillColor(ink)
          .text(line.label, left, top + 4, { width: labelWidth - 8, height: 20, ellipsis: true });
        const firstWidth = (line.first / largest) * barArea;
        const secondWidth = (line.second / largest) * barArea;
        doc.rect(left + labelWidth, top + 1, Math.max(firstWidth, 1), 9).fill(reportColors.planned);
        doc.rect(left + labelWidth, top + 11, Math.max(secondWidth, 1), 9).fill(reportColors.tracked);
        doc
          .fontSize(7)
          .fillColor(dimmed)
          .text(line.firstText, left + labelWidth + firstWidth + 4, top + 1, { lineBreak: false });
        doc.text(line.secondText, left + labelWidth + secondWidth + 4, top + 11, { lineBreak: false });
        doc.x = left;
        doc.y = top + 24;
      }
      doc.moveDown(0.5);
    },
    finish(): Promise<Buffer> {
      if (branding) drawBranding(doc, branding, { left, width });
      doc.end();
      return done;
    },
  };
}

export type ReportPdf = Awaited<ReturnType<typeof createReportPdf>>;

/** The branded header and footer on each page (the document buffers its pages for this). */
function drawBranding(doc: PDFKit.PDFDocument, branding: PdfBranding, area: { left: number; width: number }) {
  const { start, count } = doc.bufferedPageRange();
  const footerLine = [branding.contactLine, branding.website].filter(Boolean).join(' · ');
  const { logo } = branding;
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const bottomMargin = doc.page.margins.bottom;
    // Text in the margins must not open a new page.
    doc.page.margins.bottom = 0;
    const top = 36;
    let textLeft = area.left;
    if (logo) {
      doc.image(logo.bytes, area.left, top, { fit: [header.logoWidth, header.logoHeight], valign: 'center' });
      // The name follows the logo as drawn: a square logo leaves no gap before it.
      const drawnWidth = Math.min(header.logoWidth, (logo.width / logo.height) * header.logoHeight);
      textLeft = area.left + drawnWidth + 14;
    }
    const textWidth = area.left + area.width - textLeft;
    if (branding.name)
      doc
        .font('bold')
        .fontSize(12)
        .fillColor(ink)
        .text(branding.name, textLeft, top + 4, { width: textWidth, lineBreak: false, ellipsis: true });
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(dimmed)
      .text(branding.clientName, textLeft, branding.name ? top + 22 : top + 14, {
        width: textWidth,
        lineBreak: false,
        ellipsis: true,
      });
    const ruleY = top + header.logoHeight + 8;
    doc
      .moveTo(area.left, ruleY)
      .lineTo(area.left + area.width, ruleY)
      .lineWidth(0.5)
      .strokeColor(rule)
      .stroke();
    const footerY = doc.page.height - bottomMargin + 16;
    const pageText = branding.pageLabel(index - start + 1, count);
    doc.font('regular').fontSize(8).fillColor(dimmed);
    const pageWidth = doc.widthOfString(pageText);
    if (footerLine)
      doc.text(footerLine, area.left, footerY, {
        width: area.width - pageWidth - 16,
        lineBreak: false,
        ellipsis: true,
      });
    doc.text(pageText, area.left + area.width - pageWidth, footerY, { lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
