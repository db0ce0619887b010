import type { RollUp } from '@app/board-report/rules';
import { todayIn } from '@app/calendar';
import { longDate, shortDate } from '@app/file-formats';
import { ROLL_UP_FIGURES, rollUpFigure } from '../rules/pack-differences.rule';
import { ACTION_STATUS_LABEL, labelOf, PILLAR_LABEL, PILLARS, RAG_LABEL, RAG_REASON_LABEL, RagName } from '@app/domain';
import { ActionLine, BoardPackData, changeKindsText, ComplianceLine, changeText, dueText, RAG_COLOURS } from './board-pack.data';
import { keyFigures, ragChart, ragTrendChart } from './pdf/board-pack-charts';
import { BOLD, Column, cutText as cutTextIn, FONT, GREY, INK, MARGIN, NAVY, openPdf, PdfLayout, percent, printable } from './pdf/pdf-layout';

/**
 * The board pack's PDF: what it says, section by section. The page, fonts, tables, headings,
 * tagging, page breaks and page numbers are the generic layout's (`pdf/pdf-layout.ts`); the
 * charts and headline figures are drawn in `pdf/board-pack-charts.ts`.
 */

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

/** What the pack's notes call it, and what has everything a cut leaves out. */
const PACK_NAMES = { document: 'PDF pack', fullVersion: 'XLSX pack' };

/** `text` cut to `max` characters, saying so. */
export function cutText(text: string, max: number): string {
  return cutTextIn(text, max, PACK_NAMES.fullVersion);
}

/** The title page: the plan, the date, the publication, the headline figures and the RAG key. */
function titlePage(layout: PdfLayout, data: BoardPackData): void {
  const { doc } = layout;
  layout.artifact(() => doc.rect(0, 0, doc.page.width, 150).fill(NAVY));
  layout.tag('P', () => doc.font(BOLD).fontSize(11).fillColor('#C9D6E8').text('BOARD PACK', MARGIN, 48, { characterSpacing: 2 }));
  layout.tag('H1', () =>
    doc
      .font(BOLD)
      .fontSize(26)
      .fillColor('#FFFFFF')
      .text(printable(`${data.partnership.name}`), MARGIN, 68, { width: layout.width }),
  );
  layout.tag('H2', () => doc.font(BOLD).fontSize(18).fillColor(NAVY).text(printable(data.plan.title), MARGIN, 180, { width: layout.width }));
  if (data.strategy.title) layout.tag('P', () => doc.font(FONT).fontSize(12).fillColor(GREY).text(printable(data.strategy.title), { width: layout.width }));
  layout.tag('P', () =>
    doc
      .font(FONT)
      .fontSize(11)
      .fillColor(GREY)
      .text(printable(`Plan period ${longDate(data.plan.startDate)} to ${longDate(data.plan.endDate)}`), { width: layout.width }),
  );
  doc.moveDown(1.2);
  layout.tag('H2', () =>
    doc
      .font(BOLD)
      .fontSize(16)
      .fillColor(INK)
      .text(printable(`Position as of ${longDate(data.asOf)}`), { width: layout.width }),
  );
  const since = data.since;
  if (since)
    layout.tag('P', () =>
      doc
        .font(FONT)
        .fontSize(12)
        .fillColor(INK)
        .text(printable(sinceLine(data)), { width: layout.width }),
    );
  const pub = data.publication;
  if (pub) {
    const meeting = pub.meetingTitle
      ? `${pub.meetingTitle}${pub.meetingDate ? `, ${longDate(pub.meetingDate)}` : ''}`
      : pub.meetingDate
        ? `The board of ${longDate(pub.meetingDate)}`
        : '';
    const published = `Published pack, version ${pub.version}: published ${longDate(todayIn(data.partnership.timezone, new Date(pub.publishedAt)))} by ${pub.publishedBy}${pub.reason ? `. Reason for this version: ${pub.reason}` : ''}`;
    if (meeting)
      layout.tag('P', () =>
        doc
          .font(BOLD)
          .fontSize(11)
          .fillColor(NAVY)
          .text(printable(`For: ${meeting}`), { width: layout.width }),
      );
    layout.tag('P', () => doc.font(FONT).fontSize(9.5).fillColor(INK).text(printable(published), { width: layout.width }));
  }
  if (data.published) {
    const when = longDate(todayIn(data.partnership.timezone, new Date(data.published.publishedAt)));
    const n = data.published.differences.length;
    const line = n
      ? `Differs from the pack published on ${when} (version ${data.published.version}): ${n} difference${n === 1 ? '' : 's'}, listed after this page.`
      : `Matches the pack published on ${when} (version ${data.published.version}).`;
    layout.tag('P', () =>
      doc
        .font(BOLD)
        .fontSize(10)
        .fillColor(n ? `#${RAG_COLOURS.RED.fill}` : NAVY)
        .text(printable(line), MARGIN, doc.y + 4, { width: layout.width }),
    );
  }
  keyFigures(layout, data, Math.max(doc.y + 18, 330));

  const keyY = doc.page.height - MARGIN - 96;
  layout.tag('H2', () => doc.font(BOLD).fontSize(9).fillColor(NAVY).text('How the RAG is derived', MARGIN, keyY));
  const key: [RagName, string][] = [
    ['RED', 'overdue, or the lead agency reported red'],
    ['AMBER', `a milestone overdue, no update for ${data.settings.staleAfterDays} days, reported amber, or on hold`],
    ['GREEN', 'open and on track'],
    ['BLUE', 'completed'],
  ];
  key.forEach(([rag, text], i) => {
    const x = MARGIN + (i % 2) * (layout.width / 2);
    const y = keyY + 16 + Math.floor(i / 2) * 16;
    layout.artifact(() => doc.rect(x, y, 10, 10).fill(`#${RAG_COLOURS[rag].fill}`));
    layout.tag('P', () =>
      doc
        .font(FONT)
        .fontSize(9)
        .fillColor(INK)
        .text(printable(`${RAG_LABEL[rag]}: ${text}`), x + 16, y + 1, { width: layout.width / 2 - 24, lineBreak: false }),
    );
  });
  const produced = `${longDate(todayIn(data.partnership.timezone, data.generatedAt))}, ${new Intl.DateTimeFormat('en-GB', { timeZone: data.partnership.timezone, hour: '2-digit', minute: '2-digit' }).format(data.generatedAt)}`;
  layout.tag('P', () =>
    doc
      .font(FONT)
      .fontSize(8.5)
      .fillColor(GREY)
      .text(
        printable(
          `Produced ${produced} (${data.partnership.timezone}) by the Partnership Delivery Tracker from the progress updates recorded by partners. Cancelled actions are counted separately. ` +
            `Rules in force: no recent update after ${data.settings.staleAfterDays} days; due soon within ${data.settings.dueSoonDays} days${data.publication ? `; rule version ${data.publication.ruleVersion}` : ''}.`,
        ),
        MARGIN,
        keyY + 56,
        { width: layout.width },
      ),
  );
}

const ROLL_UP_COLUMNS = <T extends { rollUp: RollUp }>(): Column<T>[] => [
  { header: 'Actions', width: 6, text: (r) => String(r.rollUp.total), align: 'right' },
  { header: 'Completed', width: 7, text: (r) => String(r.rollUp.completed), align: 'right' },
  { header: 'Progress', width: 7, text: (r) => percent(r.rollUp.progress), align: 'right' },
  { header: 'Red', width: 5, text: (r) => String(r.rollUp.byRag.red), align: 'right', headerFill: RAG_COLOURS.RED.fill },
  { header: 'Amber', width: 5, text: (r) => String(r.rollUp.byRag.amber), align: 'right', headerFill: RAG_COLOURS.AMBER.fill },
  { header: 'Green', width: 5, text: (r) => String(r.rollUp.byRag.green), align: 'right', headerFill: RAG_COLOURS.GREEN.fill },
  { header: 'Blue', width: 5, text: (r) => String(r.rollUp.byRag.blue), align: 'right', headerFill: RAG_COLOURS.BLUE.fill },
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
  if (field === 'status') return labelOf(ACTION_STATUS_LABEL, value);
  if (field === 'rag') return labelOf(RAG_LABEL, value);
  if (field === 'ragReasons')
    return value
      ? value
          .split(', ')
          .map((r) => labelOf(RAG_REASON_LABEL, r))
          .join(', ')
      : 'None';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return shortDate(value);
  if (value === 'true') return 'Yes';
  if (value === 'false') return 'No';
  return value || 'None';
}

const reasons = (a: ActionLine): string => a.ragReasons.map((r) => labelOf(RAG_REASON_LABEL, r)).join(', ');
/** A RAG drawn as a pill of its colours. */
const ragPill = (rag: string | null): { fill: string; text: string } | null => (rag && RAG_COLOURS[rag]) || null;
const ragOf = (a: { rag: string | null }): { fill: string; text: string } | null => ragPill(a.rag);
const ragText = (a: { rag: string | null }): string => (a.rag ? labelOf(RAG_LABEL, a.rag) : 'None');

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
  { header: 'Status', width: 7, text: (a) => labelOf(ACTION_STATUS_LABEL, a.status) },
  { header: 'Progress', width: 6, text: (a) => percent(a.progress), align: 'right' },
  { header: 'RAG', width: 6, text: ragText, pill: ragOf },
  { header: 'Why', width: 13, text: reasons },
];

/** "Changes since the Board, Q3 2026 (30 September 2026)" when `since` came from a board meeting, else "Changes since 30 September 2026". */
function sinceLine(data: BoardPackData): string {
  if (!data.since) return '';
  return data.sinceMeeting
    ? `Changes since the last board meeting: ${data.sinceMeeting.title} (${longDate(data.sinceMeeting.date)})`
    : `Changes since ${longDate(data.since)}`;
}

/** Differences from the published pack: what a live pack for published dates says differently (first, after the title page). */
function differencesFromPublished(layout: PdfLayout, data: BoardPackData): void {
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
        {
          header: 'What',
          width: 10,
          text: (d: (typeof pub.differences)[number]) =>
            d.kind === 'FIGURE' ? 'Whole plan' : d.kind === 'PILLAR' ? labelOf(PILLAR_LABEL, d.ref ?? '') : `Action ${d.ref}`,
          bold: true,
        },
        {
          header: 'Figure or field',
          width: 16,
          text: (d) =>
            d.kind === 'ACTION_ADDED'
              ? 'Added'
              : d.kind === 'ACTION_REMOVED'
                ? 'Removed'
                : d.kind === 'ACTION'
                  ? (FIELD_LABEL[d.path.slice((d.ref ?? '').length + 1)] ?? d.path)
                  : (FIGURE_LABEL[d.path.slice(d.path.indexOf('.') + 1)] ?? d.path),
        },
        { header: 'Published', width: 30, text: (d) => fieldText(d.path, d.before) },
        { header: 'Now', width: 30, text: (d) => fieldText(d.path, d.after) },
      ],
      pub.differences,
      '',
    );
  }
}

/** The coordinator's commentary: an executive summary and a paragraph per P (published packs). */
function commentary(layout: PdfLayout, data: BoardPackData): void {
  if (data.commentary) {
    layout.newPage();
    layout.section('Commentary', "The coordinator's summary for the board.", 80);
    if (data.commentary.summary) {
      layout.subheading('Executive summary');
      layout.paragraph(data.commentary.summary);
    }
    for (const pillar of PILLARS) {
      const text = data.commentary.pillars[pillar];
      if (!text) continue;
      layout.subheading(PILLAR_LABEL[pillar]);
      layout.paragraph(text);
    }
  }
}

/** Since the last board: the figures that moved and each changed action in words, against the previous published pack. */
function sinceLastBoard(layout: PdfLayout, data: BoardPackData): void {
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
    const groups = [
      { key: 'overall', label: 'Whole plan', rollUp: data.overall },
      ...data.byPillar.map((p) => ({ key: p.pillar, label: labelOf(PILLAR_LABEL, p.pillar), rollUp: p.rollUp })),
    ];
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
}

/** Summary by P: the RAG bars of the whole plan and each P, and their table. */
function summaryByP(layout: PdfLayout, data: BoardPackData): void {
  layout.newPage();
  layout.section('Summary by P', `Derived RAG of the actions as of ${longDate(data.asOf)}, for the whole plan and each of the 4 P's.`, 300);
  const groups = [{ label: 'Whole plan', rollUp: data.overall }, ...data.byPillar.map((p) => ({ label: labelOf(PILLAR_LABEL, p.pillar), rollUp: p.rollUp }))];
  layout.figure(
    `Bar chart of actions by derived RAG. ${groups.map((g) => `${g.label}: ${g.rollUp.byRag.red} red, ${g.rollUp.byRag.amber} amber, ${g.rollUp.byRag.green} green, ${g.rollUp.byRag.blue} blue`).join('; ')}. The table below gives the same figures.`,
    groups.length * 34 + 40,
    () => ragChart(layout, groups),
  );
  layout.table(
    [{ header: 'Group', width: 16, text: (g: { group: string; rollUp: RollUp }) => g.group, bold: true }, ...ROLL_UP_COLUMNS<{ group: string; rollUp: RollUp }>()],
    [{ group: 'Whole plan', rollUp: data.overall }, ...data.byPillar.map((p) => ({ group: labelOf(PILLAR_LABEL, p.pillar), rollUp: p.rollUp }))],
    '',
  );
}

/** RAG by P across published packs: a chart and its table, when there are earlier packs. */
function ragTrend(layout: PdfLayout, data: BoardPackData): void {
  const trend = data.ragTrend ?? [];
  if (trend.length > 1) {
    layout.section('RAG by P across published packs', 'Derived RAG counts of each P in the last published packs (oldest first) and in this pack.', 190);
    layout.figure(
      `Column charts of RAG counts by P across ${trend.length} packs. ${trend
        .map(
          (p) =>
            `${p.label}: ${p.byPillar.map((b) => `${labelOf(PILLAR_LABEL, b.pillar)} ${b.red} red, ${b.amber} amber, ${b.green} green, ${b.blue} blue`).join('; ')}`,
        )
        .join('. ')}. The table below gives the same figures.`,
      130,
      () => ragTrendChart(layout, trend),
    );
    layout.table(
      [
        { header: 'Pack', width: 16, text: (p: (typeof trend)[number]) => p.label, bold: true },
        { header: 'As of', width: 8, text: (p) => shortDate(p.asOf) },
        ...PILLARS.map((pillar) => ({
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
}

/** Progress by objective. */
function progressByObjective(layout: PdfLayout, data: BoardPackData): void {
  layout.section('Progress by objective');
  layout.table(
    [
      { header: 'P', width: 6, text: (o: BoardPackData['byObjective'][number]) => labelOf(PILLAR_LABEL, o.pillar) },
      { header: 'Code', width: 4, text: (o) => o.code, bold: true },
      { header: 'Objective', width: 30, text: (o) => o.title },
      ...ROLL_UP_COLUMNS<BoardPackData['byObjective'][number]>(),
    ],
    data.byObjective,
    'The strategy has no objectives.',
  );
}

/** Progress by lead agency. */
function progressByAgency(layout: PdfLayout, data: BoardPackData): void {
  layout.section('Progress by lead agency');
  layout.table(
    [{ header: 'Lead agency', width: 30, text: (a: BoardPackData['byAgency'][number]) => a.agency }, ...ROLL_UP_COLUMNS<BoardPackData['byAgency'][number]>()],
    data.byAgency,
    'No agency leads an action yet.',
  );
}

/** Returns by agency over the plan's reporting rounds, when it has any. */
function returnsByAgency(layout: PdfLayout, data: BoardPackData): void {
  const compliance = data.roundCompliance ?? [];
  if (compliance.length > 0) {
    layout.section('Returns by agency', `Returns asked of each agency in the plan's reporting rounds opened by ${longDate(data.asOf)}, as of that date.`);
    const n =
      (pick: (c: ComplianceLine) => number): ((c: ComplianceLine) => string) =>
      (c) =>
        String(pick(c));
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
}

/** Overdue actions. */
function overdueActions(layout: PdfLayout, data: BoardPackData): void {
  layout.section('Overdue actions', 'Open actions past their due date, most days overdue first.');
  layout.table(ACTION_LIST({ header: 'Days over', width: 5, text: (a) => String(a.daysOverdue), align: 'right' }), data.overdueActions, 'No action is overdue.');
}

/** Red and overdue actions with their latest returns. */
function latestReturns(layout: PdfLayout, data: BoardPackData): void {
  const latest = data.latestReturns ?? {};
  const flagged = data.allActions.filter((a) => a.rag === 'RED' || a.overdue);
  layout.section('Red and overdue actions: latest returns', `For each red or overdue action, the return in force on ${longDate(data.asOf)} and who reported it.`);
  layout.table(
    [
      { header: 'Ref', width: 4, text: (a: ActionLine) => a.ref, bold: true },
      { header: 'Action', width: 18, text: (a) => a.title },
      { header: 'RAG', width: 6, text: ragText, pill: ragOf },
      { header: 'Reported', width: 7, text: (a) => shortDate(latest[a.ref]?.reportedOn ?? null) || 'None' },
      { header: 'Reported by', width: 14, text: (a) => (latest[a.ref] ? [latest[a.ref].author, latest[a.ref].agency].filter(Boolean).join(', ') : '') },
      { header: 'Latest narrative', width: 49, text: (a) => latest[a.ref]?.narrative ?? 'No return yet.', maxChars: PDF_LIMITS.maxNarrativeChars },
    ],
    flagged,
    'No action is red or overdue.',
  );
}

/** Overdue milestones. */
function overdueMilestones(layout: PdfLayout, data: BoardPackData): void {
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
}

/** Actions due soon. */
function dueSoon(layout: PdfLayout, data: BoardPackData): void {
  layout.section('Due soon', `Open actions due in the ${data.settings.dueSoonDays} days from ${longDate(data.asOf)}, soonest first.`);
  layout.table(ACTION_LIST({ header: 'Last update', width: 7, text: (a) => shortDate(a.lastReportedOn) || 'None' }), data.dueSoon, 'No open action is due soon.');
}

/** Actions without a recent update. */
function noRecentUpdate(layout: PdfLayout, data: BoardPackData): void {
  layout.section('No recent update', `Open actions with no progress update in the ${data.settings.staleAfterDays} days before ${longDate(data.asOf)}.`);
  layout.table(
    ACTION_LIST({ header: 'Last update', width: 7, text: (a) => shortDate(a.lastReportedOn) || 'None' }),
    data.staleActions,
    'Every open action has a recent update.',
  );
}

/** Changes since the "since" date, and the updates reported since. */
function changesSince(layout: PdfLayout, data: BoardPackData): void {
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
        { header: 'RAG before', width: 6, text: (c) => (c.ragBefore ? labelOf(RAG_LABEL, c.ragBefore) : 'None'), pill: (c) => ragPill(c.ragBefore) },
        { header: 'RAG now', width: 6, text: (c) => (c.ragAfter ? labelOf(RAG_LABEL, c.ragAfter) : 'None'), pill: (c) => ragPill(c.ragAfter) },
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
        { header: 'Status', width: 10, text: (u) => `${labelOf(ACTION_STATUS_LABEL, u.status)}, ${u.percentComplete}%` },
        { header: 'RAG', width: 6, text: (u) => (u.rag ? labelOf(RAG_LABEL, u.rag) : ''), pill: (u) => ragPill(u.rag) },
        { header: 'Narrative', width: 48, text: (u) => u.narrative, maxChars: PDF_LIMITS.maxNarrativeChars },
      ],
      data.updatesSince,
      'No progress was reported.',
    );
  }
}

/** All actions, by ref. */
function allActions(layout: PdfLayout, data: BoardPackData): void {
  layout.section('All actions', `Every action of the plan as of ${longDate(data.asOf)}, by ref.`);
  layout.table(
    [
      { header: 'Ref', width: 4, text: (a: ActionLine) => a.ref, bold: true },
      { header: 'Action', width: 24, text: (a) => a.title },
      { header: 'Obj.', width: 4, text: (a) => a.objectiveCode },
      { header: 'Lead agency', width: 15, text: (a) => a.leadAgency },
      { header: 'Due', width: 14, text: dueLines },
      { header: 'Status', width: 7, text: (a) => labelOf(ACTION_STATUS_LABEL, a.status) },
      { header: 'Progress', width: 6, text: (a) => percent(a.progress), align: 'right' },
      { header: 'RAG', width: 6, text: ragText, pill: ragOf },
      { header: 'Why', width: 13, text: reasons },
      { header: 'Last update', width: 7, text: (a) => shortDate(a.lastReportedOn) || 'None' },
    ],
    data.allActions,
    'The plan has no actions.',
  );
}

/** The sections of a pack after its title page, in order (some only when the pack has data for them). */
const SECTIONS: ((layout: PdfLayout, data: BoardPackData) => void)[] = [
  differencesFromPublished,
  commentary,
  sinceLastBoard,
  summaryByP,
  ragTrend,
  progressByObjective,
  progressByAgency,
  returnsByAgency,
  overdueActions,
  latestReturns,
  overdueMilestones,
  dueSoon,
  noRecentUpdate,
  changesSince,
  allActions,
];

/**
 * The board pack as a PDF a coordinator prints for the board: a title page with the headline
 * figures and the RAG key, the RAG picture by P as a chart, then every table of the board report
 * and, last, all actions. A4 landscape, running header, "Page n of N".
 */
export function boardPackPdf(data: BoardPackData): Promise<Buffer> {
  const { doc, done } = openPdf({
    Title: printable(`Board pack: ${data.plan.title}, as of ${longDate(data.asOf)}${data.publication ? ` (published, version ${data.publication.version})` : ''}`),
    Author: printable(data.partnership.name),
    Subject: printable(`${data.partnership.name} board report`),
    Creator: 'Partnership Delivery Tracker',
    CreationDate: data.generatedAt,
  });
  const layout = new PdfLayout(doc, {
    header: { left: data.partnership.name, right: `${data.plan.title}  |  position as of ${longDate(data.asOf)}` },
    footer: `Board pack, position as of ${longDate(data.asOf)}`,
    names: PACK_NAMES,
    limits: PDF_LIMITS,
  });
  titlePage(layout, data);
  for (const section of SECTIONS) section(layout, data);
  layout.pageNumbers();
  doc.end();
  return done;
}
