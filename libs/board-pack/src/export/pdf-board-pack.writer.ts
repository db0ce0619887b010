import PDFDocument from 'pdfkit';
import type { RollUp } from '@app/board-report/rules';
import { todayIn } from '@app/calendar';
import { longDate, shortDate } from '@app/file-formats';
import { ROLL_UP_FIGURES, rollUpFigure } from '../rules/pack-differences.rule';
import { ActionLine, BoardPackData, changeKindsText, ComplianceLine, changeText, dueText, PILLAR_LABEL, RAG_COLOURS, RAG_LABEL, REASON_LABEL, STATUS_LABEL } from './board-pack.data';

type Doc = PDFKit.PDFDocument;

const NAVY = '#1F3A5F';
const GREY = '#5F6B7A';
const RULE = '#C9D1DB';
const STRIPE = '#F3F5F8';
const MARGIN = 40;
const HEADER_SPACE = 34;
const FOOTER_SPACE = 30;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ITALIC = 'Helvetica-Oblique';

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
function printable(text: string): string {
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

/**
 * What one PDF pack may hold, so a plan with years of long returns still renders in bounded time
 * and memory (docs/exchange.md, "Limits"): each cut is said on the page, and the XLSX pack has
 * everything.
 */
export const PDF_LIMITS = {
  /** Pages in all; the sections after the page that reaches it are left out, with a note. */
  maxPages: 200,
  /** Rows of any one table. */
  maxTableRows: 2000,
  /** Characters of a narrative shown. */
  maxNarrativeChars: 600,
  /** Characters of any other cell shown (titles, names). */
  maxCellChars: 300,
} as const;

/** `text` cut to `max` characters, saying so. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max).replace(/\s+\S*$/, '');
  return `${cut} [... ${text.length - cut.length} more characters in the XLSX pack]`;
}

const percent = (n: number): string => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;

interface Column<T> {
  header: string;
  /** Share of the table's width. */
  width: number;
  text: (row: T) => string;
  align?: 'left' | 'right' | 'center';
  /** Draws the cell as a RAG pill of this colour. */
  rag?: (row: T) => string | null;
  bold?: boolean;
  /** Characters shown before the text is cut (default PDF_LIMITS.maxCellChars). */
  maxChars?: number;
}

/** Lays out the pack page by page: running header, sections, tables that break across pages. */
class PackLayout {
  private readonly width: number;
  /** Set when the page limit is reached: nothing more is laid out. */
  full = false;

  constructor(
    private readonly doc: Doc,
    private readonly data: BoardPackData,
  ) {
    this.width = doc.page.width - 2 * MARGIN;
    this.root = doc.struct('Document');
  }

  private get bottom(): number {
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
    const { doc, data } = this;
    doc.save();
    doc.font(BOLD).fontSize(8).fillColor(NAVY).text(printable(data.partnership.name), MARGIN, MARGIN - 14, { width: this.width / 2, lineBreak: false });
    doc.font(FONT).fontSize(8).fillColor(GREY);
    doc.text(printable(`${data.plan.title}  |  position as of ${longDate(data.asOf)}`), MARGIN + this.width / 2, MARGIN - 14, {
      width: this.width / 2,
      align: 'right',
      lineBreak: false,
    });
    doc.moveTo(MARGIN, MARGIN).lineTo(MARGIN + this.width, MARGIN).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.restore();
  }

  /** Starts a section on this page when `needed` points fit under its title, else on the next. */
  section(title: string, intro?: string, needed = 120): void {
    const { doc } = this;
    if (this.full) return;
    if (doc.y + needed > this.bottom) {
      if (this.pageCount >= PDF_LIMITS.maxPages) {
        this.stopAtPageLimit(0);
        return;
      }
      this.newPage();
    }
    else doc.y += 14;
    this.tag('H2', () => doc.font(BOLD).fontSize(14).fillColor(NAVY).text(printable(title), MARGIN, doc.y, { width: this.width }));
    if (intro) this.tag('P', () => doc.font(FONT).fontSize(9).fillColor(GREY).text(printable(intro), MARGIN, doc.y + 2, { width: this.width }));
    doc.y += 6;
  }

  note(text: string): void {
    if (this.full) return;
    this.tag('P', () => this.doc.font(ITALIC).fontSize(9).fillColor(GREY).text(printable(text), MARGIN, this.doc.y + 2, { width: this.width }));
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
    this.tag('P', () => doc.fillColor(options.colour ?? '#1A1A1A').text(t, MARGIN, doc.y, { width: this.width }));
    doc.y += options.gap ?? 6;
  }

  /** A sub-heading (H3). */
  subheading(text: string): void {
    const { doc } = this;
    if (this.full) return;
    if (doc.y + 60 > this.bottom) this.newPage();
    this.tag('H3', () => doc.font(BOLD).fontSize(11).fillColor(NAVY).text(printable(text), MARGIN, doc.y + 4, { width: this.width }));
    doc.y += 2;
  }

  /** A table with a repeated header on each page it spans; rows never split across pages. */
  table<T>(columns: Column<T>[], allRows: T[], empty: string): void {
    const { doc } = this;
    if (this.full) return;
    if (allRows.length === 0) {
      this.note(empty);
      return;
    }
    const rows = allRows.slice(0, PDF_LIMITS.maxTableRows);
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
        const rag = RAG_BY_LABEL.get(c.header);
        const cellX = x;
        if (rag) this.artifact(() => doc.rect(cellX, top, widths[i], h).fill(`#${RAG_COLOURS[rag].fill}`));
        const draw = () => doc.font(BOLD).fontSize(size).fillColor('#FFFFFF').text(printable(c.header), cellX + pad, top + pad, { width: widths[i] - 2 * pad, align: c.align ?? 'left' });
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
      const texts = columns.map((c) => printable(cutText(c.text(row), c.maxChars ?? PDF_LIMITS.maxCellChars)));
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
        if (this.pageCount >= PDF_LIMITS.maxPages) {
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
        const rag = c.rag?.(row) ?? null;
        const cellX = x;
        if (rag && RAG_COLOURS[rag]) {
          const pillW = Math.min(widths[i] - 2 * pad, 46);
          this.artifact(() => doc.roundedRect(cellX + pad, top + pad - 1.5, pillW, size + 3, 3).fill(`#${RAG_COLOURS[rag].fill}`));
          tr.add(doc.struct('TD', {}, () => doc.font(BOLD).fontSize(size - 0.5).fillColor(`#${RAG_COLOURS[rag].text}`).text(texts[i], cellX + pad, top + pad, { width: pillW, align: 'center', lineBreak: false })));
        } else {
          tr.add(doc.struct('TD', {}, () => doc.font(c.bold ? BOLD : FONT).fontSize(size).fillColor('#1A1A1A').text(texts[i] || ' ', cellX + pad, top + pad, { width: widths[i] - 2 * pad, align: c.align ?? 'left' })));
        }
        x += widths[i];
      });
      this.artifact(() => doc.moveTo(MARGIN, top + h).lineTo(MARGIN + this.width, top + h).lineWidth(0.3).strokeColor(RULE).stroke());
      doc.y = top + h;
    }
    doc.x = MARGIN;
    if (allRows.length > rows.length) {
      this.note(`${allRows.length - rows.length} more rows are not shown: a PDF table shows at most ${PDF_LIMITS.maxTableRows}. The XLSX pack lists them all.`);
    }
  }

  /** The page limit is reached mid-table: say so on the last page, and lay out nothing more. */
  private stopAtPageLimit(rowsLeft: number): void {
    // Written in the footer's space below the last row, which the page keeps clear of tables.
    this.note(
      `The PDF pack stops here: it reached its limit of ${PDF_LIMITS.maxPages} pages${rowsLeft ? `, with ${rowsLeft} more rows of this table` : ''} and the sections after it not shown. The XLSX pack has everything.`,
    );
    this.full = true;
  }

  /** Horizontal bars of RAG counts, one per group on a common scale, with totals and mean progress. */
  ragChart(groups: { label: string; rollUp: RollUp }[]): void {
    const { doc } = this;
    const labelW = 110;
    const infoW = 170;
    const barW = this.width - labelW - infoW - 20;
    const barH = 22;
    const gap = 12;
    const max = Math.max(1, ...groups.map((g) => g.rollUp.total));
    const needed = groups.length * (barH + gap) + 40;
    if (doc.y + needed > this.bottom) this.newPage();
    let y = doc.y + 6;
    groups.forEach((g, index) => {
      if (index === 1) {
        doc.moveTo(MARGIN, y - gap / 2).lineTo(MARGIN + this.width, y - gap / 2).lineWidth(0.5).strokeColor(RULE).stroke();
        y += 4;
      }
      doc.font(index === 0 ? BOLD : FONT).fontSize(10).fillColor('#1A1A1A').text(printable(g.label), MARGIN, y + 6, { width: labelW - 8, lineBreak: false });
      const x0 = MARGIN + labelW;
      doc.rect(x0, y, barW, barH).fill('#EEF1F5');
      let x = x0;
      for (const rag of ['RED', 'AMBER', 'GREEN', 'BLUE'] as const) {
        const n = g.rollUp.byRag[rag.toLowerCase() as 'red' | 'amber' | 'green' | 'blue'];
        if (n === 0) continue;
        const w = (n / max) * barW;
        doc.rect(x, y, w, barH).fill(`#${RAG_COLOURS[rag].fill}`);
        if (w >= 14) doc.font(BOLD).fontSize(9).fillColor(`#${RAG_COLOURS[rag].text}`).text(String(n), x, y + 7, { width: w, align: 'center', lineBreak: false });
        x += w;
      }
      const info = `${g.rollUp.total} action${g.rollUp.total === 1 ? '' : 's'}, ${percent(g.rollUp.progress)} progress${g.rollUp.cancelled ? `, ${g.rollUp.cancelled} cancelled` : ''}`;
      doc.font(FONT).fontSize(9).fillColor(GREY).text(printable(info), x0 + barW + 10, y + 7, { width: infoW, lineBreak: false });
      y += barH + gap;
    });
    // Legend
    let x = MARGIN + labelW;
    for (const rag of ['RED', 'AMBER', 'GREEN', 'BLUE'] as const) {
      doc.rect(x, y + 2, 10, 10).fill(`#${RAG_COLOURS[rag].fill}`);
      doc.font(FONT).fontSize(9).fillColor('#1A1A1A').text(RAG_LABEL[rag], x + 14, y + 3, { lineBreak: false });
      x += 70;
    }
    doc.font(ITALIC).fontSize(8.5).fillColor(GREY).text('Bars on one scale: number of actions by derived RAG (cancelled actions are left out).', x + 10, y + 3, { lineBreak: false });
    doc.x = MARGIN;
    doc.y = y + 24;
  }

  /** A chart as a Figure with its alternative text; starts a page first when `needed` points do not fit. */
  figure(alt: string, needed: number, draw: () => void): void {
    if (this.full) return;
    if (this.doc.y + needed > this.bottom) this.newPage();
    this.tag('Figure', draw, { alt: printable(alt) });
  }

  /** RAG by P across published packs: one small panel per P, a stacked column per pack. */
  ragTrendChart(points: NonNullable<BoardPackData['ragTrend']>): void {
    const { doc } = this;
    const panelGap = 14;
    const panelW = (this.width - 3 * panelGap) / 4;
    const chartH = 90;
    const top = doc.y + 6;
    const max = Math.max(1, ...points.flatMap((p) => p.byPillar.map((b) => b.red + b.amber + b.green + b.blue)));
    ['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'].forEach((pillar, k) => {
      const x0 = MARGIN + k * (panelW + panelGap);
      doc.font(BOLD).fontSize(9).fillColor(NAVY).text(PILLAR_LABEL[pillar], x0, top, { width: panelW, lineBreak: false });
      const base = top + 16 + chartH;
      doc.moveTo(x0, base).lineTo(x0 + panelW, base).lineWidth(0.5).strokeColor(RULE).stroke();
      const colW = Math.min(22, (panelW - 8) / points.length - 6);
      points.forEach((point, j) => {
        const b = point.byPillar.find((p) => p.pillar === pillar)!;
        const cx = x0 + 4 + j * (colW + 6);
        let y = base;
        for (const rag of ['BLUE', 'GREEN', 'AMBER', 'RED'] as const) {
          const n = b[rag.toLowerCase() as 'red' | 'amber' | 'green' | 'blue'];
          if (!n) continue;
          const h = (n / max) * chartH;
          y -= h;
          doc.rect(cx, y, colW, h).fill(`#${RAG_COLOURS[rag].fill}`);
        }
        doc.font(FONT).fontSize(6.5).fillColor(GREY).text(j === points.length - 1 ? 'Now' : shortDate(point.asOf).slice(0, 5), cx - 3, base + 3, { width: colW + 6, align: 'center', lineBreak: false });
      });
    });
    doc.x = MARGIN;
    doc.y = top + 16 + chartH + 16;
  }

  /** Six headline figures in boxes. */
  keyFigures(y: number): void {
    const { doc, data } = this;
    const o = data.overall;
    const figures: [string, string, string?][] = [
      [String(o.total), 'actions in the plan'],
      [percent(o.progress), 'average progress'],
      [String(o.completed), 'completed', RAG_COLOURS.BLUE.fill],
      [String(o.overdue), 'overdue', o.overdue ? RAG_COLOURS.RED.fill : undefined],
      [String(o.dueSoon), `due in ${data.settings.dueSoonDays} days`],
      [String(o.stale), 'without a recent update', o.stale ? RAG_COLOURS.AMBER.fill : undefined],
    ];
    const last = data.lastBoard?.overall;
    const was: (number | null)[] = last ? [last.total, last.progress, last.completed, last.overdue, last.dueSoon, last.stale] : [];
    const now = [o.total, o.progress, o.completed, o.overdue, o.dueSoon, o.stale];
    const boxH = last ? 88 : 70;
    const w = (this.width - 5 * 10) / 6;
    figures.forEach(([value, label, colour], i) => {
      const x = MARGIN + i * (w + 10);
      this.artifact(() => {
        doc.roundedRect(x, y, w, boxH, 4).lineWidth(1).strokeColor(RULE).stroke();
        doc.rect(x, y, 4, boxH).fill(colour ? `#${colour}` : NAVY);
      });
      const before = was[i];
      const change = before === undefined || before === null ? '' : now[i] === before ? ', no change since the last board' : `, was ${i === 1 ? percent(before) : before} at the last board`;
      const arrowX = x + 12;
      const arrowY = y + 66;
      const up = change !== '' && now[i] > (before as number);
      const down = change !== '' && now[i] < (before as number);
      // The direction drawn as a shape and said in words, never colour alone. Drawn before the
      // figure's paragraph: decoration must not sit inside tagged content.
      if (change) {
        this.artifact(() => {
          if (up) doc.polygon([arrowX, arrowY + 8], [arrowX + 8, arrowY + 8], [arrowX + 4, arrowY]).fill('#1A1A1A');
          else if (down) doc.polygon([arrowX, arrowY], [arrowX + 8, arrowY], [arrowX + 4, arrowY + 8]).fill('#1A1A1A');
          else doc.rect(arrowX, arrowY + 3, 8, 2).fill('#1A1A1A');
        });
      }
      const shown = (n: number) => (i === 1 ? percent(n) : String(n));
      // One paragraph per figure, so a screen reader reads "12 actions in the plan. Up from 10 since the last board".
      this.tag('P', () => {
        doc.font(BOLD).fontSize(24).fillColor(NAVY).text(value, x + 12, y + 12, { width: w - 18, lineBreak: false });
        doc.font(FONT).fontSize(9).fillColor(GREY).text(printable(label), x + 12, y + 42, { width: w - 18 });
        if (change) {
          const words = up ? `Up from ${shown(before as number)}` : down ? `Down from ${shown(before as number)}` : 'No change';
          doc.font(BOLD).fontSize(8).fillColor('#1A1A1A').text(words, arrowX + 12, arrowY, { width: w - 30, lineBreak: false });
          doc.font(FONT).fontSize(7.5).fillColor(GREY).text('since the last board', arrowX, arrowY + 10, { width: w - 18, lineBreak: false });
        }
      });
    });
  }

  titlePage(): void {
    const { doc, data } = this;
    this.artifact(() => doc.rect(0, 0, doc.page.width, 150).fill(NAVY));
    this.tag('P', () => doc.font(BOLD).fontSize(11).fillColor('#C9D6E8').text('BOARD PACK', MARGIN, 48, { characterSpacing: 2 }));
    this.tag('H1', () => doc.font(BOLD).fontSize(26).fillColor('#FFFFFF').text(printable(`${data.partnership.name}`), MARGIN, 68, { width: this.width }));
    this.tag('H2', () => doc.font(BOLD).fontSize(18).fillColor(NAVY).text(printable(data.plan.title), MARGIN, 180, { width: this.width }));
    if (data.strategy.title) this.tag('P', () => doc.font(FONT).fontSize(12).fillColor(GREY).text(printable(data.strategy.title), { width: this.width }));
    this.tag('P', () => doc.font(FONT).fontSize(11).fillColor(GREY).text(printable(`Plan period ${longDate(data.plan.startDate)} to ${longDate(data.plan.endDate)}`), { width: this.width }));
    doc.moveDown(1.2);
    this.tag('H2', () => doc.font(BOLD).fontSize(16).fillColor('#1A1A1A').text(printable(`Position as of ${longDate(data.asOf)}`), { width: this.width }));
    const since = data.since;
    if (since) this.tag('P', () => doc.font(FONT).fontSize(12).fillColor('#1A1A1A').text(printable(sinceLine(data)), { width: this.width }));
    const pub = data.publication;
    if (pub) {
      const meeting = pub.meetingTitle ? `${pub.meetingTitle}${pub.meetingDate ? `, ${longDate(pub.meetingDate)}` : ''}` : pub.meetingDate ? `The board of ${longDate(pub.meetingDate)}` : '';
      const published = `Published pack, version ${pub.version}: published ${longDate(todayIn(data.partnership.timezone, new Date(pub.publishedAt)))} by ${pub.publishedBy}${pub.reason ? `. Reason for this version: ${pub.reason}` : ''}`;
      if (meeting) this.tag('P', () => doc.font(BOLD).fontSize(11).fillColor(NAVY).text(printable(`For: ${meeting}`), { width: this.width }));
      this.tag('P', () => doc.font(FONT).fontSize(9.5).fillColor('#1A1A1A').text(printable(published), { width: this.width }));
    }
    if (data.published) {
      const when = longDate(todayIn(data.partnership.timezone, new Date(data.published.publishedAt)));
      const n = data.published.differences.length;
      const line = n
        ? `Differs from the pack published on ${when} (version ${data.published.version}): ${n} difference${n === 1 ? '' : 's'}, listed after this page.`
        : `Matches the pack published on ${when} (version ${data.published.version}).`;
      this.tag('P', () => doc.font(BOLD).fontSize(10).fillColor(n ? `#${RAG_COLOURS.RED.fill}` : NAVY).text(printable(line), MARGIN, doc.y + 4, { width: this.width }));
    }
    this.keyFigures(Math.max(doc.y + 18, 330));

    const keyY = doc.page.height - MARGIN - 96;
    this.tag('H2', () => doc.font(BOLD).fontSize(9).fillColor(NAVY).text('How the RAG is derived', MARGIN, keyY));
    const key: [string, string][] = [
      ['RED', 'overdue, or the lead agency reported red'],
      ['AMBER', `a milestone overdue, no update for ${data.settings.staleAfterDays} days, reported amber, or on hold`],
      ['GREEN', 'open and on track'],
      ['BLUE', 'completed'],
    ];
    key.forEach(([rag, text], i) => {
      const x = MARGIN + (i % 2) * (this.width / 2);
      const y = keyY + 16 + Math.floor(i / 2) * 16;
      this.artifact(() => doc.rect(x, y, 10, 10).fill(`#${RAG_COLOURS[rag].fill}`));
      this.tag('P', () => doc.font(FONT).fontSize(9).fillColor('#1A1A1A').text(printable(`${RAG_LABEL[rag]}: ${text}`), x + 16, y + 1, { width: this.width / 2 - 24, lineBreak: false }));
    });
    const produced = `${longDate(todayIn(data.partnership.timezone, data.generatedAt))}, ${new Intl.DateTimeFormat('en-GB', { timeZone: data.partnership.timezone, hour: '2-digit', minute: '2-digit' }).format(data.generatedAt)}`;
    this.tag('P', () => doc.font(FONT).fontSize(8.5).fillColor(GREY).text(
      printable(
        `Produced ${produced} (${data.partnership.timezone}) by the Partnership Delivery Tracker from the progress updates recorded by partners. Cancelled actions are counted separately. ` +
          `Rules in force: no recent update after ${data.settings.staleAfterDays} days; due soon within ${data.settings.dueSoonDays} days${data.publication ? `; rule version ${data.publication.ruleVersion}` : ''}.`,
      ),
      MARGIN,
      keyY + 56,
      { width: this.width },
    ));
  }

  /** "Page n of N" and the pack's date on every page but the title page. */
  pageNumbers(): void {
    const { doc, data } = this;
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
        doc.moveTo(MARGIN, y - 6).lineTo(MARGIN + this.width, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
        doc.text(printable(`Board pack, position as of ${longDate(data.asOf)}`), MARGIN, y, { width: this.width / 2, lineBreak: false });
      }
      doc.text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN + this.width / 2, y, { width: this.width / 2, align: 'right', lineBreak: false });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
  }
}

const RAG_BY_LABEL = new Map(Object.entries(RAG_LABEL).map(([k, v]) => [v, k]));

const ROLL_UP_COLUMNS = <T extends { rollUp: RollUp }>(): Column<T>[] => [
  { header: 'Actions', width: 6, text: (r) => String(r.rollUp.total), align: 'right' },
  { header: 'Completed', width: 7, text: (r) => String(r.rollUp.completed), align: 'right' },
  { header: 'Progress', width: 7, text: (r) => percent(r.rollUp.progress), align: 'right' },
  { header: 'Red', width: 5, text: (r) => String(r.rollUp.byRag.red), align: 'right' },
  { header: 'Amber', width: 5, text: (r) => String(r.rollUp.byRag.amber), align: 'right' },
  { header: 'Green', width: 5, text: (r) => String(r.rollUp.byRag.green), align: 'right' },
  { header: 'Blue', width: 5, text: (r) => String(r.rollUp.byRag.blue), align: 'right' },
  { header: 'Overdue', width: 6, text: (r) => String(r.rollUp.overdue), align: 'right' },
  { header: 'Due soon', width: 6, text: (r) => String(r.rollUp.dueSoon), align: 'right' },
  { header: 'Stale', width: 5, text: (r) => String(r.rollUp.stale), align: 'right' },
  { header: 'Cancelled', width: 7, text: (r) => String(r.rollUp.cancelled), align: 'right' },
];

/** Words for the figures of a roll-up (paths of ROLL_UP_FIGURES). */
const FIGURE_LABEL: Readonly<Record<string, string>> = {
  total: 'Actions',
  completed: 'Completed',
  progress: 'Progress %',
  'byRag.red': 'Red',
  'byRag.amber': 'Amber',
  'byRag.green': 'Green',
  'byRag.blue': 'Blue',
  overdue: 'Overdue',
  dueSoon: 'Due soon',
  stale: 'No recent update',
  'byStatus.notStarted': 'Not started',
  'byStatus.inProgress': 'In progress',
  'byStatus.onHold': 'On hold',
  'byStatus.completed': 'Status completed',
  cancelled: 'Cancelled',
};

const FIELD_LABEL: Readonly<Record<string, string>> = {
  title: 'Title',
  objectiveCode: 'Objective',
  leadAgency: 'Lead agency',
  supportingAgencies: 'Supporting agencies',
  startDate: 'Start date',
  dueDate: 'Due date',
  status: 'Status',
  progress: 'Progress %',
  rag: 'RAG',
  ragReasons: 'Why',
  overdue: 'Overdue',
  daysOverdue: 'Days overdue',
  dueSoon: 'Due soon',
  stale: 'No recent update',
  lastReportedOn: 'Last update',
};

/** Fields a board reads in "what changed"; the others are explained by the RAG and its reasons. */
const CHANGE_FIELDS = ['title', 'objectiveCode', 'leadAgency', 'supportingAgencies', 'startDate', 'dueDate', 'status', 'progress', 'rag', 'lastReportedOn'];

/** An action's changes since the last board, in words: "RAG Amber to Red (Overdue); progress 40% to 45%; new return 14/11/2026". */
function actionChanges(list: { kind: string; path: string; before: string | null; after: string | null }[], now: ActionLine | undefined): string {
  if (list.some((d) => d.kind === 'ACTION_ADDED')) return 'Added to the plan';
  if (list.some((d) => d.kind === 'ACTION_REMOVED')) return 'No longer in the plan';
  const parts: string[] = [];
  for (const field of CHANGE_FIELDS) {
    const d = list.find((x) => x.path.endsWith(`.${field}`));
    if (!d) continue;
    if (field === 'lastReportedOn') parts.push(`new return ${fieldText(d.path, d.after)}`);
    else if (field === 'progress') parts.push(`progress ${d.before}% to ${d.after}%`);
    else if (field === 'rag') parts.push(`RAG ${fieldText(d.path, d.before)} to ${fieldText(d.path, d.after)}${now?.ragReasons.length ? ` (${reasons(now)})` : ''}`);
    else parts.push(`${(FIELD_LABEL[field] ?? field).toLowerCase()} ${fieldText(d.path, d.before)} to ${fieldText(d.path, d.after)}`);
  }
  if (!parts.length && now?.overdue) parts.push(`now overdue by ${now.daysOverdue} days`);
  const text = parts.join('; ');
  return text ? text[0].toUpperCase() + text.slice(1) : '';
}

/** A changed action field as a board reads it. */
function fieldText(path: string, value: string | null): string {
  if (value === null) return 'None';
  const field = path.slice(path.lastIndexOf('.') + 1);
  if (field === 'status') return STATUS_LABEL[value] ?? value;
  if (field === 'rag') return RAG_LABEL[value] ?? value;
  if (field === 'ragReasons') return value ? value.split(', ').map((r) => REASON_LABEL[r] ?? r).join(', ') : 'None';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return shortDate(value);
  if (value === 'true') return 'Yes';
  if (value === 'false') return 'No';
  return value || 'None';
}

const reasons = (a: ActionLine): string => a.ragReasons.map((r) => REASON_LABEL[r] ?? r).join(', ');
const ragOf = (a: { rag: string | null }): string | null => a.rag;
const ragText = (a: { rag: string | null }): string => (a.rag ? RAG_LABEL[a.rag] : 'None');

/** The due date, and a re-baselined action's original one on a second line. */
const dueLines = (a: ActionLine): string => dueText(a).replace(' (originally', '\n(originally');

const ACTION_LIST = (extra: Column<ActionLine>): Column<ActionLine>[] => [
  { header: 'Ref', width: 4, text: (a) => a.ref, bold: true },
  { header: 'Action', width: 18, text: (a) => a.title },
  { header: 'Lead agency', width: 13, text: (a) => a.leadAgency },
  { header: 'Supporting', width: 12, text: (a) => a.supportingAgencies.join(', ') },
  // "30 Jun 2026", then "(originally 28 Feb 2026)" on a line of its own.
  { header: 'Due', width: 14, text: dueLines },
  extra,
  { header: 'Status', width: 7, text: (a) => STATUS_LABEL[a.status] ?? a.status },
  { header: 'Progress', width: 6, text: (a) => percent(a.progress), align: 'right' },
  { header: 'RAG', width: 6, text: ragText, rag: ragOf },
  { header: 'Why', width: 13, text: reasons },
];

/** "Changes since the Board, Q3 2026 (30 September 2026)" when `since` came from a board meeting, else "Changes since 30 September 2026". */
function sinceLine(data: BoardPackData): string {
  if (!data.since) return '';
  return data.sinceMeeting ? `Changes since the last board meeting: ${data.sinceMeeting.title} (${longDate(data.sinceMeeting.date)})` : `Changes since ${longDate(data.since)}`;
}

/**
 * The board pack as a PDF a coordinator prints for the board: a title page with the headline
 * figures and the RAG key, the RAG picture by P as a chart, then every table of the board report
 * and, last, all actions. A4 landscape, running header, "Page n of N".
 */
export function boardPackPdf(data: BoardPackData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    // An accessible PDF (UK public sector bodies publish accessible documents): tagged, with its
    // language and title shown as the window title; headings, tables and figures are marked below.
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: printable(`Board pack: ${data.plan.title}, as of ${longDate(data.asOf)}${data.publication ? ` (published, version ${data.publication.version})` : ''}`),
      Author: printable(data.partnership.name),
      Subject: printable(`${data.partnership.name} board report`),
      Creator: 'Partnership Delivery Tracker',
      CreationDate: data.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const layout = new PackLayout(doc, data);
  layout.titlePage();

  if (data.published?.differences.length) {
    const pub = data.published;
    layout.newPage();
    layout.section(
      'Differences from the published pack',
      `What this live pack says differently from the pack published on ${longDate(pub.publishedAt.slice(0, 10))} (version ${pub.version}) for the same dates: a late or back-dated return, or a correction since.`,
      80,
    );
    layout.table(
      [
        { header: 'What', width: 10, text: (d: (typeof pub.differences)[number]) => (d.kind === 'FIGURE' ? 'Whole plan' : d.kind === 'PILLAR' ? (PILLAR_LABEL[d.ref ?? ''] ?? d.ref ?? '') : `Action ${d.ref}`), bold: true },
        { header: 'Figure or field', width: 16, text: (d) => (d.kind === 'ACTION_ADDED' ? 'Added' : d.kind === 'ACTION_REMOVED' ? 'Removed' : d.kind === 'ACTION' ? (FIELD_LABEL[d.path.slice((d.ref ?? '').length + 1)] ?? d.path) : (FIGURE_LABEL[d.path.slice(d.path.indexOf('.') + 1)] ?? d.path)) },
        { header: 'Published', width: 30, text: (d) => fieldText(d.path, d.before) },
        { header: 'Now', width: 30, text: (d) => fieldText(d.path, d.after) },
      ],
      pub.differences,
      '',
    );
  }

  if (data.commentary) {
    layout.newPage();
    layout.section('Commentary', "The coordinator's summary for the board.", 80);
    if (data.commentary.summary) {
      layout.subheading('Executive summary');
      layout.paragraph(data.commentary.summary);
    }
    for (const pillar of ['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE']) {
      const text = data.commentary.pillars[pillar];
      if (!text) continue;
      layout.subheading(PILLAR_LABEL[pillar]);
      layout.paragraph(text);
    }
  }

  if (data.lastBoard) {
    const last = data.lastBoard;
    layout.newPage();
    const meeting = last.meetingTitle ? ` for ${last.meetingTitle}` : '';
    layout.section(
      'Since the last board',
      `Compared with the pack published on ${longDate(last.publishedAt.slice(0, 10))}${meeting} (position as of ${longDate(last.asOf)}, version ${last.version}).`,
      120,
    );
    // One row per figure that moved anywhere, one column per group: "4 (was 0)", so the board reads
    // the whole plan and each P side by side.
    const moved = new Map<string, string | null>(last.differences.filter((d) => d.kind === 'FIGURE' || d.kind === 'PILLAR').map((d) => [d.path, d.before]));
    const groups = [{ key: 'overall', label: 'Whole plan', rollUp: data.overall }, ...data.byPillar.map((p) => ({ key: p.pillar, label: PILLAR_LABEL[p.pillar] ?? p.pillar, rollUp: p.rollUp }))];
    const figureRows = ROLL_UP_FIGURES.filter((f) => groups.some((g) => moved.has(`${g.key}.${f}`)));
    const actions = last.differences.filter((d) => d.kind !== 'FIGURE' && d.kind !== 'PILLAR');
    layout.subheading('Figures');
    layout.table(
      [
        { header: 'Figure', width: 14, text: (f: string) => FIGURE_LABEL[f] ?? f, bold: true },
        ...groups.map((g) => ({
          header: g.label,
          width: 12,
          text: (f: string) => {
            const now = rollUpFigure(g.rollUp, f);
            const shown = (n: number | string | null) => (n === null ? 'None' : f === 'progress' ? `${n}%` : String(n));
            return moved.has(`${g.key}.${f}`) ? `${shown(now)} (was ${shown(moved.get(`${g.key}.${f}`) ?? null)})` : shown(now);
          },
          align: 'right' as const,
        })),
      ],
      figureRows,
      'No figure changed since the last board.',
    );
    layout.subheading('Actions');
    // One row per action, its changes in words; flags the RAG explains (overdue, stale, due soon,
    // days overdue, reasons) are folded into "RAG ... (why)".
    const byRef = new Map<string, typeof actions>();
    for (const d of actions) byRef.set(d.ref ?? '', [...(byRef.get(d.ref ?? '') ?? []), d]);
    const current = new Map(data.allActions.map((a) => [a.ref, a]));
    const rows = [...byRef.entries()]
      .map(([ref, list]) => ({ ref, title: current.get(ref)?.title ?? list[0].before ?? '', text: actionChanges(list, current.get(ref)) }))
      .filter((r) => r.text);
    layout.table(
      [
        { header: 'Ref', width: 5, text: (r: (typeof rows)[number]) => r.ref, bold: true },
        { header: 'Action', width: 30, text: (r) => r.title },
        { header: 'What changed since the last board', width: 65, text: (r) => r.text },
      ],
      rows,
      'No action changed since the last board.',
    );
  }

  layout.newPage();
  layout.section('Summary by P', `Derived RAG of the actions as of ${longDate(data.asOf)}, for the whole plan and each of the 4 P's.`, 300);
  const groups = [{ label: 'Whole plan', rollUp: data.overall }, ...data.byPillar.map((p) => ({ label: PILLAR_LABEL[p.pillar] ?? p.pillar, rollUp: p.rollUp }))];
  layout.figure(
    `Bar chart of actions by derived RAG. ${groups.map((g) => `${g.label}: ${g.rollUp.byRag.red} red, ${g.rollUp.byRag.amber} amber, ${g.rollUp.byRag.green} green, ${g.rollUp.byRag.blue} blue`).join('; ')}. The table below gives the same figures.`,
    groups.length * 34 + 40,
    () => layout.ragChart(groups),
  );
  layout.table(
    [{ header: 'Group', width: 16, text: (g: { group: string; rollUp: RollUp }) => g.group, bold: true }, ...ROLL_UP_COLUMNS<{ group: string; rollUp: RollUp }>()],
    [{ group: 'Whole plan', rollUp: data.overall }, ...data.byPillar.map((p) => ({ group: PILLAR_LABEL[p.pillar] ?? p.pillar, rollUp: p.rollUp }))],
    '',
  );

  const trend = data.ragTrend ?? [];
  if (trend.length > 1) {
    layout.section('RAG by P across published packs', 'Derived RAG counts of each P in the last published packs (oldest first) and in this pack.', 190);
    layout.figure(
      `Column charts of RAG counts by P across ${trend.length} packs. ${trend
        .map((p) => `${p.label}: ${p.byPillar.map((b) => `${PILLAR_LABEL[b.pillar]} ${b.red} red, ${b.amber} amber, ${b.green} green, ${b.blue} blue`).join('; ')}`)
        .join('. ')}. The table below gives the same figures.`,
      130,
      () => layout.ragTrendChart(trend),
    );
    layout.table(
      [
        { header: 'Pack', width: 16, text: (p: (typeof trend)[number]) => p.label, bold: true },
        { header: 'As of', width: 8, text: (p) => shortDate(p.asOf) },
        ...['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'].map((pillar) => ({
          header: `${PILLAR_LABEL[pillar]} (R/A/G/B)`,
          width: 12,
          text: (p: (typeof trend)[number]) => {
            const b = p.byPillar.find((x) => x.pillar === pillar)!;
            return `${b.red} / ${b.amber} / ${b.green} / ${b.blue}`;
          },
          align: 'center' as const,
        })),
      ],
      trend,
      '',
    );
  }

  layout.section('Progress by objective');
  layout.table(
    [
      { header: 'P', width: 6, text: (o: BoardPackData['byObjective'][number]) => PILLAR_LABEL[o.pillar] ?? o.pillar },
      { header: 'Code', width: 4, text: (o) => o.code, bold: true },
      { header: 'Objective', width: 30, text: (o) => o.title },
      ...ROLL_UP_COLUMNS<BoardPackData['byObjective'][number]>(),
    ],
    data.byObjective,
    'The strategy has no objectives.',
  );

  layout.section('Progress by lead agency');
  layout.table(
    [{ header: 'Lead agency', width: 30, text: (a: BoardPackData['byAgency'][number]) => a.agency }, ...ROLL_UP_COLUMNS<BoardPackData['byAgency'][number]>()],
    data.byAgency,
    'No agency leads an action yet.',
  );

  const compliance = data.roundCompliance ?? [];
  if (compliance.length > 0) {
    layout.section('Returns by agency', `Returns asked of each agency in the plan's reporting rounds opened by ${longDate(data.asOf)}, as of that date.`);
    const n = (pick: (c: ComplianceLine) => number): ((c: ComplianceLine) => string) => (c) => String(pick(c));
    layout.table(
      [
        { header: 'Agency', width: 30, text: (c: ComplianceLine) => c.agency, bold: true },
        { header: 'Due', width: 10, text: n((c) => c.due), align: 'right' },
        { header: 'On time', width: 10, text: n((c) => c.onTime), align: 'right' },
        { header: 'Late', width: 10, text: n((c) => c.late), align: 'right' },
        { header: 'Missed', width: 10, text: n((c) => c.missed), align: 'right' },
        { header: 'Outstanding', width: 10, text: n((c) => c.outstanding), align: 'right' },
        { header: 'Acknowledged', width: 10, text: n((c) => c.acknowledged), align: 'right' },
        { header: 'On time (of due)', width: 10, text: (c) => (c.due ? `${Math.round((100 * c.onTime) / c.due)}%` : ''), align: 'right' },
      ],
      compliance,
      'No returns were due.',
    );
  }

  layout.section('Overdue actions', 'Open actions past their due date, most days overdue first.');
  layout.table(ACTION_LIST({ header: 'Days over', width: 5, text: (a) => String(a.daysOverdue), align: 'right' }), data.overdueActions, 'No action is overdue.');

  const latest = data.latestReturns ?? {};
  const flagged = data.allActions.filter((a) => a.rag === 'RED' || a.overdue);
  layout.section('Red and overdue actions: latest returns', `For each red or overdue action, the return in force on ${longDate(data.asOf)} and who reported it.`);
  layout.table(
    [
      { header: 'Ref', width: 4, text: (a: ActionLine) => a.ref, bold: true },
      { header: 'Action', width: 18, text: (a) => a.title },
      { header: 'RAG', width: 6, text: ragText, rag: ragOf },
      { header: 'Reported', width: 7, text: (a) => shortDate(latest[a.ref]?.reportedOn ?? null) || 'None' },
      { header: 'Reported by', width: 14, text: (a) => (latest[a.ref] ? [latest[a.ref].author, latest[a.ref].agency].filter(Boolean).join(', ') : '') },
      { header: 'Latest narrative', width: 49, text: (a) => latest[a.ref]?.narrative ?? 'No return yet.', maxChars: PDF_LIMITS.maxNarrativeChars },
    ],
    flagged,
    'No action is red or overdue.',
  );

  layout.section('Overdue milestones', 'Milestones past their due date and not complete, of actions not cancelled.');
  layout.table(
    [
      { header: 'Ref', width: 4, text: (m: BoardPackData['overdueMilestones'][number]) => m.ref, bold: true },
      { header: 'Action', width: 28, text: (m) => m.actionTitle },
      { header: 'Milestone', width: 28, text: (m) => m.milestone },
      { header: 'Lead agency', width: 18, text: (m) => m.leadAgency },
      { header: 'Due', width: 7, text: (m) => shortDate(m.dueDate) },
      { header: 'Days over', width: 6, text: (m) => String(m.daysOverdue), align: 'right' },
    ],
    data.overdueMilestones,
    'No milestone is overdue.',
  );

  layout.section('Due soon', `Open actions due in the ${data.settings.dueSoonDays} days from ${longDate(data.asOf)}, soonest first.`);
  layout.table(ACTION_LIST({ header: 'Last update', width: 7, text: (a) => shortDate(a.lastReportedOn) || 'None' }), data.dueSoon, 'No open action is due soon.');

  layout.section('No recent update', `Open actions with no progress update in the ${data.settings.staleAfterDays} days before ${longDate(data.asOf)}.`);
  layout.table(ACTION_LIST({ header: 'Last update', width: 7, text: (a) => shortDate(a.lastReportedOn) || 'None' }), data.staleActions, 'Every open action has a recent update.');

  const meeting = data.sinceMeeting ? ` (${data.sinceMeeting.title})` : '';
  layout.section(
    data.since ? `Changes since ${longDate(data.since)}${meeting}` : 'Changes',
    data.since
      ? 'Actions whose status or derived RAG changed (with the reasons before and after), added to or removed from the plan, whose due date moved, or whose progress moved by 10 points or more.'
      : undefined,
  );
  if (!data.since) layout.note('Produce the pack with a "since" date to see what changed since the last board.');
  else {
    layout.table(
      [
        { header: 'Ref', width: 4, text: (c: BoardPackData['changes'][number]) => c.ref, bold: true },
        { header: 'Action', width: 20, text: (c) => c.title },
        { header: 'Lead agency', width: 12, text: (c) => c.leadAgency },
        { header: 'Change', width: 12, text: changeKindsText },
        { header: 'RAG before', width: 6, text: (c) => (c.ragBefore ? RAG_LABEL[c.ragBefore] : 'None'), rag: (c) => c.ragBefore },
        { header: 'RAG now', width: 6, text: (c) => (c.ragAfter ? RAG_LABEL[c.ragAfter] : 'None'), rag: (c) => c.ragAfter },
        // The standard PDF fonts have no arrow: "before to after".
        { header: 'What changed (before to now)', width: 40, text: (c) => changeText(c, 'to') },
      ],
      data.changes,
      'No action changed.',
    );
    layout.section(`Updates reported since ${longDate(data.since)}`);
    layout.table(
      [
        { header: 'Date', width: 7, text: (u: BoardPackData['updatesSince'][number]) => shortDate(u.reportedOn) },
        { header: 'Ref', width: 4, text: (u) => u.ref, bold: true },
        { header: 'Agency', width: 14, text: (u) => u.agency },
        { header: 'Status', width: 10, text: (u) => `${STATUS_LABEL[u.status] ?? u.status}, ${u.percentComplete}%` },
        { header: 'RAG', width: 6, text: (u) => (u.rag ? RAG_LABEL[u.rag] : ''), rag: (u) => u.rag },
        { header: 'Narrative', width: 48, text: (u) => u.narrative, maxChars: PDF_LIMITS.maxNarrativeChars },
      ],
      data.updatesSince,
      'No progress was reported.',
    );
  }

  layout.section('All actions', `Every action of the plan as of ${longDate(data.asOf)}, by ref.`);
  layout.table(
    [
      { header: 'Ref', width: 4, text: (a: ActionLine) => a.ref, bold: true },
      { header: 'Action', width: 24, text: (a) => a.title },
      { header: 'Obj.', width: 4, text: (a) => a.objectiveCode },
      { header: 'Lead agency', width: 15, text: (a) => a.leadAgency },
      { header: 'Due', width: 14, text: dueLines },
      { header: 'Status', width: 7, text: (a) => STATUS_LABEL[a.status] ?? a.status },
      { header: 'Progress', width: 6, text: (a) => percent(a.progress), align: 'right' },
      { header: 'RAG', width: 6, text: ragText, rag: ragOf },
      { header: 'Why', width: 13, text: reasons },
      { header: 'Last update', width: 7, text: (a) => shortDate(a.lastReportedOn) || 'None' },
    ],
    data.allActions,
    'The plan has no actions.',
  );

  layout.pageNumbers();
  doc.end();
  return done;
}
