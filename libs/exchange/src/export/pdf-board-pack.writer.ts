import PDFDocument from 'pdfkit';
import type { RollUp } from '@app/board-report';
import { todayIn } from '@app/calendar';
import { ActionLine, BoardPackData, longDate, PILLAR_LABEL, RAG_COLOURS, RAG_LABEL, REASON_LABEL, shortDate, STATUS_LABEL } from './board-pack.data';

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
    doc.x = MARGIN;
    doc.y = MARGIN + HEADER_SPACE - 20;
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
    doc.font(BOLD).fontSize(14).fillColor(NAVY).text(printable(title), MARGIN, doc.y, { width: this.width });
    if (intro) doc.font(FONT).fontSize(9).fillColor(GREY).text(printable(intro), MARGIN, doc.y + 2, { width: this.width });
    doc.y += 6;
  }

  note(text: string): void {
    if (this.full) return;
    this.doc.font(ITALIC).fontSize(9).fillColor(GREY).text(printable(text), MARGIN, this.doc.y + 2, { width: this.width });
    this.doc.y += 4;
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
    const header = (): void => {
      doc.font(BOLD).fontSize(size);
      const h = Math.max(...columns.map((c, i) => doc.heightOfString(printable(c.header), { width: widths[i] - 2 * pad }))) + 2 * pad;
      if (doc.y + h + 20 > this.bottom) this.newPage();
      const top = doc.y;
      doc.rect(MARGIN, top, this.width, h).fill(NAVY);
      let x = MARGIN;
      columns.forEach((c, i) => {
        const rag = RAG_BY_LABEL.get(c.header);
        if (rag) doc.rect(x, top, widths[i], h).fill(`#${RAG_COLOURS[rag].fill}`);
        doc.font(BOLD).fontSize(size).fillColor('#FFFFFF').text(printable(c.header), x + pad, top + pad, { width: widths[i] - 2 * pad, align: c.align ?? 'left' });
        x += widths[i];
      });
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
      if (r % 2 === 1) doc.rect(MARGIN, top, this.width, h).fill(STRIPE);
      let x = MARGIN;
      columns.forEach((c, i) => {
        const rag = c.rag?.(row) ?? null;
        if (rag && RAG_COLOURS[rag]) {
          const pillW = Math.min(widths[i] - 2 * pad, 46);
          doc.roundedRect(x + pad, top + pad - 1.5, pillW, size + 3, 3).fill(`#${RAG_COLOURS[rag].fill}`);
          doc.font(BOLD).fontSize(size - 0.5).fillColor(`#${RAG_COLOURS[rag].text}`).text(texts[i], x + pad, top + pad, { width: pillW, align: 'center', lineBreak: false });
        } else {
          doc.font(c.bold ? BOLD : FONT).fontSize(size).fillColor('#1A1A1A').text(texts[i], x + pad, top + pad, { width: widths[i] - 2 * pad, align: c.align ?? 'left' });
        }
        x += widths[i];
      });
      doc.moveTo(MARGIN, top + h).lineTo(MARGIN + this.width, top + h).lineWidth(0.3).strokeColor(RULE).stroke();
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
    const w = (this.width - 5 * 10) / 6;
    figures.forEach(([value, label, colour], i) => {
      const x = MARGIN + i * (w + 10);
      doc.roundedRect(x, y, w, 70, 4).lineWidth(1).strokeColor(RULE).stroke();
      doc.rect(x, y, 4, 70).fill(colour ? `#${colour}` : NAVY);
      doc.font(BOLD).fontSize(24).fillColor(NAVY).text(value, x + 12, y + 12, { width: w - 18, lineBreak: false });
      doc.font(FONT).fontSize(9).fillColor(GREY).text(printable(label), x + 12, y + 44, { width: w - 18 });
    });
  }

  titlePage(): void {
    const { doc, data } = this;
    doc.rect(0, 0, doc.page.width, 150).fill(NAVY);
    doc.font(BOLD).fontSize(11).fillColor('#C9D6E8').text('BOARD PACK', MARGIN, 48, { characterSpacing: 2 });
    doc.font(BOLD).fontSize(26).fillColor('#FFFFFF').text(printable(data.partnership.name), MARGIN, 68, { width: this.width });
    doc.font(BOLD).fontSize(18).fillColor(NAVY).text(printable(data.plan.title), MARGIN, 180, { width: this.width });
    if (data.strategy.title) doc.font(FONT).fontSize(12).fillColor(GREY).text(printable(data.strategy.title), { width: this.width });
    doc.font(FONT).fontSize(11).fillColor(GREY).text(printable(`Plan period ${longDate(data.plan.startDate)} to ${longDate(data.plan.endDate)}`), { width: this.width });
    doc.moveDown(1.2);
    doc.font(BOLD).fontSize(16).fillColor('#1A1A1A').text(printable(`Position as of ${longDate(data.asOf)}`), { width: this.width });
    if (data.since) doc.font(FONT).fontSize(12).fillColor('#1A1A1A').text(printable(`Changes since ${longDate(data.since)}`), { width: this.width });
    this.keyFigures(Math.max(doc.y + 24, 330));

    const keyY = doc.page.height - MARGIN - 96;
    doc.font(BOLD).fontSize(9).fillColor(NAVY).text('How the RAG is derived', MARGIN, keyY);
    const key: [string, string][] = [
      ['RED', 'overdue, or the lead agency reported red'],
      ['AMBER', `a milestone overdue, no update for ${data.settings.staleAfterDays} days, reported amber, or on hold`],
      ['GREEN', 'open and on track'],
      ['BLUE', 'completed'],
    ];
    key.forEach(([rag, text], i) => {
      const x = MARGIN + (i % 2) * (this.width / 2);
      const y = keyY + 16 + Math.floor(i / 2) * 16;
      doc.rect(x, y, 10, 10).fill(`#${RAG_COLOURS[rag].fill}`);
      doc.font(FONT).fontSize(9).fillColor('#1A1A1A').text(printable(`${RAG_LABEL[rag]}: ${text}`), x + 16, y + 1, { width: this.width / 2 - 24, lineBreak: false });
    });
    const produced = `${longDate(todayIn(data.partnership.timezone, data.generatedAt))}, ${new Intl.DateTimeFormat('en-GB', { timeZone: data.partnership.timezone, hour: '2-digit', minute: '2-digit' }).format(data.generatedAt)}`;
    doc.font(FONT).fontSize(8.5).fillColor(GREY).text(
      printable(`Produced ${produced} (${data.partnership.timezone}) by the Partnership Delivery Tracker from the progress updates recorded by partners. Cancelled actions are counted separately.`),
      MARGIN,
      keyY + 56,
      { width: this.width },
    );
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
      doc.font(FONT).fontSize(8).fillColor(GREY);
      if (i > range.start) {
        doc.moveTo(MARGIN, y - 6).lineTo(MARGIN + this.width, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
        doc.text(printable(`Board pack, position as of ${longDate(data.asOf)}`), MARGIN, y, { width: this.width / 2, lineBreak: false });
      }
      doc.text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN + this.width / 2, y, { width: this.width / 2, align: 'right', lineBreak: false });
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

const reasons = (a: ActionLine): string => a.ragReasons.map((r) => REASON_LABEL[r] ?? r).join(', ');
const ragOf = (a: { rag: string | null }): string | null => a.rag;
const ragText = (a: { rag: string | null }): string => (a.rag ? RAG_LABEL[a.rag] : 'None');

const ACTION_LIST = (extra: Column<ActionLine>): Column<ActionLine>[] => [
  { header: 'Ref', width: 4, text: (a) => a.ref, bold: true },
  { header: 'Action', width: 30, text: (a) => a.title },
  { header: 'Lead agency', width: 16, text: (a) => a.leadAgency },
  { header: 'Due', width: 7, text: (a) => shortDate(a.dueDate) },
  extra,
  { header: 'Status', width: 7, text: (a) => STATUS_LABEL[a.status] ?? a.status },
  { header: 'Progress', width: 6, text: (a) => percent(a.progress), align: 'right' },
  { header: 'RAG', width: 6, text: ragText, rag: ragOf },
  { header: 'Why', width: 13, text: reasons },
];

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
    info: {
      Title: printable(`Board pack: ${data.plan.title}, as of ${data.asOf}`),
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

  layout.newPage();
  layout.section('Summary by P', `Derived RAG of the actions as of ${longDate(data.asOf)}, for the whole plan and each of the 4 P's.`, 300);
  layout.ragChart([{ label: 'Whole plan', rollUp: data.overall }, ...data.byPillar.map((p) => ({ label: PILLAR_LABEL[p.pillar] ?? p.pillar, rollUp: p.rollUp }))]);
  layout.table(
    [{ header: 'Group', width: 16, text: (g: { group: string; rollUp: RollUp }) => g.group, bold: true }, ...ROLL_UP_COLUMNS<{ group: string; rollUp: RollUp }>()],
    [{ group: 'Whole plan', rollUp: data.overall }, ...data.byPillar.map((p) => ({ group: PILLAR_LABEL[p.pillar] ?? p.pillar, rollUp: p.rollUp }))],
    '',
  );

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

  layout.section('Overdue actions', 'Open actions past their due date, most days overdue first.');
  layout.table(ACTION_LIST({ header: 'Days over', width: 5, text: (a) => String(a.daysOverdue), align: 'right' }), data.overdueActions, 'No action is overdue.');

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

  layout.section(data.since ? `Changes since ${longDate(data.since)}` : 'Changes', data.since ? 'Actions whose status or derived RAG differs between the two dates.' : undefined);
  if (!data.since) layout.note('Produce the pack with a "since" date to see what changed since the last board.');
  else {
    layout.table(
      [
        { header: 'Ref', width: 4, text: (c: BoardPackData['changes'][number]) => c.ref, bold: true },
        { header: 'Action', width: 34, text: (c) => c.title },
        { header: 'Lead agency', width: 18, text: (c) => c.leadAgency },
        { header: 'Status before', width: 9, text: (c) => STATUS_LABEL[c.statusBefore] ?? c.statusBefore },
        { header: 'Status now', width: 9, text: (c) => STATUS_LABEL[c.statusAfter] ?? c.statusAfter },
        { header: 'RAG before', width: 7, text: (c) => (c.ragBefore ? RAG_LABEL[c.ragBefore] : 'None'), rag: (c) => c.ragBefore },
        { header: 'RAG now', width: 7, text: (c) => (c.ragAfter ? RAG_LABEL[c.ragAfter] : 'None'), rag: (c) => c.ragAfter },
      ],
      data.changes,
      'No action changed status or RAG.',
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
      { header: 'Action', width: 30, text: (a) => a.title },
      { header: 'Obj.', width: 4, text: (a) => a.objectiveCode },
      { header: 'Lead agency', width: 16, text: (a) => a.leadAgency },
      { header: 'Due', width: 7, text: (a) => shortDate(a.dueDate) },
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
