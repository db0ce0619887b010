import PDFDocument from 'pdfkit';

/**
 * A generic layout for tagged, printable PDF reports (pdfkit): A4 landscape pages with a running
 * header and "Page n of N", headings, paragraphs, notes, tables that break across pages with their
 * header repeated, figures with alternative text, and limits on pages and rows. It knows nothing of
 * what a report says: the board pack's content is in `pdf-board-pack.writer.ts`.
 */

export type Doc = PDFKit.PDFDocument;

export const NAVY = '#1F3A5F';
export const GREY = '#5F6B7A';
export const RULE = '#C9D1DB';
export const STRIPE = '#F3F5F8';
/** Body text. */
export const INK = '#1A1A1A';
export const MARGIN = 40;
const HEADER_SPACE = 34;
const FOOTER_SPACE = 30;
export const FONT = 'Helvetica';
export const BOLD = 'Helvetica-Bold';
export const ITALIC = 'Helvetica-Oblique';

/**
 * Characters the PDF's standard fonts can show (Windows-1252). Others would print as garbage, so a
 * letter with a diacritic the fonts lack loses it ("ź" prints as "z") and anything else becomes "?";
 * names in UK partnerships very rarely need more.
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const inWinAnsi = (ch: string): boolean => {
  const code = ch.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
};
export function printable(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch === '\n' || inWinAnsi(ch)) out += ch;
    else if (ch === '\r' || ch === '\t') out += ' ';
    else if (/[\u2010\u2011\u2212]/.test(ch)) out += '-';
    else {
      const bare = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += bare !== '' && [...bare].every(inWinAnsi) ? bare : '?';
    }
  }
  return out;
}

/** `text` cut to `max` characters, saying so and where the rest can be read ("XLSX pack"). */
export function cutText(text: string, max: number, fullVersion: string): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max).replace(/\s+\S*$/, '');
  return `${cut} [... ${text.length - cut.length} more characters in the ${fullVersion}]`;
}

/** A number as a percentage: "45%", "45.5%". */
export const percent = (n: number): string => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;

export interface Column<T> {
  header: string;
  /** Share of the table's width. */
  width: number;
  text: (row: T) => string;
  align?: 'left' | 'right' | 'center';
  /** Fills the header cell with this colour (hex, no '#'). */
  headerFill?: string;
  /** Draws the cell as a pill of these colours (hex, no '#'); none when it gives null. */
  pill?: (row: T) => { fill: string; text: string } | null;
  bold?: boolean;
  /** Characters shown before the text is cut (default: the layout's `maxCellChars`). */
  maxChars?: number;
}

/** What a report's layout is given: its running texts, what it is called and its limits. */
export interface PdfLayoutOptions {
  /** The running header of every page after the first: left (bold) and right. */
  header: { left: string; right: string };
  /** The footer's left text on every page after the first (the right says "Page n of N"). */
  footer: string;
  /** What the report is called in its notes ("PDF pack"), and what holds everything a cut leaves out ("XLSX pack"). */
  names: { document: string; fullVersion: string };
  limits: {
    /** Pages in all; the sections after the page that reaches it are left out, with a note. */
    maxPages: number;
    /** Rows of any one table. */
    maxTableRows: number;
    /** Characters of a cell shown unless its column says otherwise. */
    maxCellChars: number;
  };
}

/** The document's metadata (shown as the window title, and read by assistive technology). */
export interface PdfInfo {
  Title: string;
  Author: string;
  Subject: string;
  Creator: string;
  CreationDate: Date;
}

/**
 * A new A4 landscape document, tagged (UK public sector bodies publish accessible documents): its
 * language, its title shown as the window title; headings, tables and figures are marked by the
 * layout. `done` gives the file once `doc.end()` is called.
 */
export function openPdf(info: PdfInfo): { doc: Doc; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** Lays out a report page by page: running header, sections, tables that break across pages. */
export class PdfLayout {
  /** The width between the margins. */
  readonly width: number;
  /** Set when the page limit is reached: nothing more is laid out. */
  full = false;

  constructor(
    readonly doc: Doc,
    private readonly options: PdfLayoutOptions,
  ) {
    this.width = doc.page.width - 2 * MARGIN;
    this.root = doc.struct('Document');
  }

  /** The lowest point content may reach on a page (the footer's space is below). */
  get bottom(): number {
    return this.doc.page.height - MARGIN - FOOTER_SPACE;
  }

  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  newPage(): void {
    this.doc.addPage();
    this.runningHeader();
  }

  private runningHeader(): void {
    this.artifact(() => this.drawRunningHeader());
    this.doc.x = MARGIN;
    this.doc.y = MARGIN + HEADER_SPACE - 20;
  }

  private drawRunningHeader(): void {
    const { doc } = this;
    const { header } = this.options;
    doc.save();
    doc
      .font(BOLD)
      .fontSize(8)
      .fillColor(NAVY)
      .text(printable(header.left), MARGIN, MARGIN - 14, { width: this.width / 2, lineBreak: false });
    doc.font(FONT).fontSize(8).fillColor(GREY);
    doc.text(printable(header.right), MARGIN + this.width / 2, MARGIN - 14, {
      width: this.width / 2,
      align: 'right',
      lineBreak: false,
    });
    doc
      .moveTo(MARGIN, MARGIN)
      .lineTo(MARGIN + this.width, MARGIN)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.restore();
  }

  /** Starts a section on this page when `needed` points fit under its title, else on the next. */
  section(title: string, intro?: string, needed = 120): void {
    const { doc } = this;
    if (this.full) return;
    if (doc.y + needed > this.bottom) {
      if (this.pageCount >= this.options.limits.maxPages) {
        this.stopAtPageLimit(0);
        return;
      }
      this.newPage();
    } else doc.y += 14;
    this.tag('H2', () => doc.font(BOLD).fontSize(14).fillColor(NAVY).text(printable(title), MARGIN, doc.y, { width: this.width }));
    if (intro)
      this.tag('P', () =>
        doc
          .font(FONT)
          .fontSize(9)
          .fillColor(GREY)
          .text(printable(intro), MARGIN, doc.y + 2, { width: this.width }),
      );
    doc.y += 6;
  }

  note(text: string): void {
    if (this.full) return;
    this.tag('P', () =>
      this.doc
        .font(ITALIC)
        .fontSize(9)
        .fillColor(GREY)
        .text(printable(text), MARGIN, this.doc.y + 2, { width: this.width }),
    );
    this.doc.y += 4;
  }

  /** The document's structure tree (tagged PDF): headings, paragraphs, tables and figures in reading order. */
  private readonly root: PDFKit.PDFStructureElement;
  private structureAdded = false;

  /** Draws `draw` as one structure element of the document. */
  tag(type: string, draw: () => void, options: { alt?: string } = {}): void {
    this.tagElement(this.doc.struct(type, options, draw));
  }

  tagElement(element: PDFKit.PDFStructureElement): void {
    if (!this.structureAdded) {
      this.doc.addStructure(this.root);
      this.structureAdded = true;
    }
    this.root.add(element);
  }

  /** Draws `draw` as decoration that readers skip (running header, footer, rules and fills). */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  /** A paragraph of body text, tagged. */
  paragraph(text: string, options: { font?: string; size?: number; colour?: string; gap?: number } = {}): void {
    const { doc } = this;
    if (this.full) return;
    const size = options.size ?? 10;
    doc.font(options.font ?? FONT).fontSize(size);
    const t = printable(text);
    if (doc.y + Math.min(doc.heightOfString(t, { width: this.width }), 200) > this.bottom) this.newPage();
    this.tag('P', () => doc.fillColor(options.colour ?? INK).text(t, MARGIN, doc.y, { width: this.width }));
    doc.y += options.gap ?? 6;
  }

  /** A sub-heading (H3). */
  subheading(text: string): void {
    const { doc } = this;
    if (this.full) return;
    if (doc.y + 60 > this.bottom) this.newPage();
    this.tag('H3', () =>
      doc
        .font(BOLD)
        .fontSize(11)
        .fillColor(NAVY)
        .text(printable(text), MARGIN, doc.y + 4, { width: this.width }),
    );
    doc.y += 2;
  }

  /** `text` cut to `max` characters, saying where the rest is. */
  cut(text: string, max: number): string {
    return cutText(text, max, this.options.names.fullVersion);
  }

  /** A table with a repeated header on each page it spans; rows never split across pages. */
  table<T>(columns: Column<T>[], allRows: T[], empty: string): void {
    const { doc } = this;
    const { limits } = this.options;
    if (this.full) return;
    if (allRows.length === 0) {
      this.note(empty);
      return;
    }
    const rows = allRows.slice(0, limits.maxTableRows);
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const pad = 4;
    const size = 8;
    // The table's structure (tagged PDF): the header row once as TH cells, each row as TD cells; a
    // header repeated on a later page is decoration.
    const tableStruct = this.doc.struct('Table');
    this.tagElement(tableStruct);
    let headerTagged = false;
    const header = (): void => {
      doc.font(BOLD).fontSize(size);
      const h = Math.max(...columns.map((c, i) => doc.heightOfString(printable(c.header), { width: widths[i] - 2 * pad }))) + 2 * pad;
      if (doc.y + h + 20 > this.bottom) this.newPage();
      const top = doc.y;
      this.artifact(() => doc.rect(MARGIN, top, this.width, h).fill(NAVY));
      const tr = headerTagged ? null : doc.struct('TR');
      if (tr) tableStruct.add(tr);
      let x = MARGIN;
      columns.forEach((c, i) => {
        const cellX = x;
        if (c.headerFill) this.artifact(() => doc.rect(cellX, top, widths[i], h).fill(`#${c.headerFill}`));
        const draw = () =>
          doc
            .font(BOLD)
            .fontSize(size)
            .fillColor('#FFFFFF')
            .text(printable(c.header), cellX + pad, top + pad, { width: widths[i] - 2 * pad, align: c.align ?? 'left' });
        if (tr) tr.add(doc.struct('TH', {}, draw));
        else this.artifact(draw);
        x += widths[i];
      });
      headerTagged = true;
      doc.y = top + h;
    };
    header();
    for (let r = 0; r < rows.length; r += 1) {
      const row = rows[r];
      const texts = columns.map((c) => printable(this.cut(c.text(row), c.maxChars ?? limits.maxCellChars)));
      doc.fontSize(size);
      const h =
        Math.max(
          ...texts.map((t, i) => {
            doc.font(columns[i].bold ? BOLD : FONT);
            return doc.heightOfString(t || ' ', { width: widths[i] - 2 * pad });
          }),
        ) +
        2 * pad;
      if (doc.y + h > this.bottom) {
        if (this.pageCount >= limits.maxPages) {
          this.stopAtPageLimit(allRows.length - r);
          return;
        }
        this.newPage();
        header();
      }
      const top = doc.y;
      if (r % 2 === 1) this.artifact(() => doc.rect(MARGIN, top, this.width, h).fill(STRIPE));
      const tr = doc.struct('TR');
      tableStruct.add(tr);
      let x = MARGIN;
      columns.forEach((c, i) => {
        const pill = c.pill?.(row) ?? null;
        const cellX = x;
        if (pill) {
          const pillW = Math.min(widths[i] - 2 * pad, 46);
          this.artifact(() => doc.roundedRect(cellX + pad, top + pad - 1.5, pillW, size + 3, 3).fill(`#${pill.fill}`));
          tr.add(
            doc.struct('TD', {}, () =>
              doc
                .font(BOLD)
                .fontSize(size - 0.5)
                .fillColor(`#${pill.text}`)
                .text(texts[i], cellX + pad, top + pad, { width: pillW, align: 'center', lineBreak: false }),
            ),
          );
        } else {
          tr.add(
            doc.struct('TD', {}, () =>
              doc
                .font(c.bold ? BOLD : FONT)
                .fontSize(size)
                .fillColor(INK)
                .text(texts[i] || ' ', cellX + pad, top + pad, { width: widths[i] - 2 * pad, align: c.align ?? 'left' }),
            ),
          );
        }
        x += widths[i];
      });
      this.artifact(() =>
        doc
          .moveTo(MARGIN, top + h)
          .lineTo(MARGIN + this.width, top + h)
          .lineWidth(0.3)
          .strokeColor(RULE)
          .stroke(),
      );
      doc.y = top + h;
    }
    doc.x = MARGIN;
    if (allRows.length > rows.length) {
      this.note(
        `${allRows.length - rows.length} more rows are not shown: a PDF table shows at most ${limits.maxTableRows}. The ${this.options.names.fullVersion} lists them all.`,
      );
    }
  }

  /** The page limit is reached mid-table: say so on the last page, and lay out nothing more. */
  private stopAtPageLimit(rowsLeft: number): void {
    const { names, limits } = this.options;
    // Written in the footer's space below the last row, which the page keeps clear of tables.
    this.note(
      `The ${names.document} stops here: it reached its limit of ${limits.maxPages} pages${rowsLeft ? `, with ${rowsLeft} more rows of this table` : ''} and the sections after it not shown. The ${names.fullVersion} has everything.`,
    );
    this.full = true;
  }

  /** A chart as a Figure with its alternative text; starts a page first when `needed` points do not fit. */
  figure(alt: string, needed: number, draw: () => void): void {
    if (this.full) return;
    if (this.doc.y + needed > this.bottom) this.newPage();
    this.tag('Figure', draw, { alt: printable(alt) });
  }

  /** The footer on every page but the first (its text, and "Page n of N"), once every page is laid out. */
  pageNumbers(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      doc.switchToPage(i);
      // Writing below the bottom margin would otherwise start a new page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const y = doc.page.height - MARGIN + 6;
      doc.markContent('Artifact', { type: 'Pagination' });
      doc.font(FONT).fontSize(8).fillColor(GREY);
      if (i > range.start) {
        doc
          .moveTo(MARGIN, y - 6)
          .lineTo(MARGIN + this.width, y - 6)
          .lineWidth(0.5)
          .strokeColor(RULE)
          .stroke();
        doc.text(printable(this.options.footer), MARGIN, y, { width: this.width / 2, lineBreak: false });
      }
      doc.text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN + this.width / 2, y, { width: this.width / 2, align: 'right', lineBreak: false });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
  }
}
