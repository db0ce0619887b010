import type { RollUp } from '@app/board-report/rules';
import { shortDate } from '@app/file-formats';
import { PILLAR_LABEL, PILLARS, RAG_LABEL, RAGS } from '@app/domain';
import { BoardPackData, RAG_COLOURS } from '../board-pack.data';
import { BOLD, FONT, GREY, INK, ITALIC, MARGIN, NAVY, PdfLayout, percent, printable, RULE } from './pdf-layout';

/**
 * The board pack's pictures, drawn on the generic layout: the RAG bars by P, the RAG trend across
 * published packs and the headline figures. Each says in words what it shows (the figures as tagged
 * paragraphs, the charts through the Figure's alternative text and the table after them).
 */

/** Horizontal bars of RAG counts, one per group on a common scale, with totals and mean progress. */
export function ragChart(layout: PdfLayout, groups: { label: string; rollUp: RollUp }[]): void {
  const { doc } = layout;
  const labelW = 110;
  const infoW = 170;
  const barW = layout.width - labelW - infoW - 20;
  const barH = 22;
  const gap = 12;
  const max = Math.max(1, ...groups.map((g) => g.rollUp.total));
  const needed = groups.length * (barH + gap) + 40;
  if (doc.y + needed > layout.bottom) layout.newPage();
  let y = doc.y + 6;
  groups.forEach((g, index) => {
    if (index === 1) {
      doc
        .moveTo(MARGIN, y - gap / 2)
        .lineTo(MARGIN + layout.width, y - gap / 2)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      y += 4;
    }
    doc
      .font(index === 0 ? BOLD : FONT)
      .fontSize(10)
      .fillColor(INK)
      .text(printable(g.label), MARGIN, y + 6, { width: labelW - 8, lineBreak: false });
    const x0 = MARGIN + labelW;
    doc.rect(x0, y, barW, barH).fill('#EEF1F5');
    let x = x0;
    for (const rag of RAGS) {
      const n = g.rollUp.byRag[rag.toLowerCase() as 'red' | 'amber' | 'green' | 'blue'];
      if (n === 0) continue;
      const w = (n / max) * barW;
      doc.rect(x, y, w, barH).fill(`#${RAG_COLOURS[rag].fill}`);
      if (w >= 14)
        doc
          .font(BOLD)
          .fontSize(9)
          .fillColor(`#${RAG_COLOURS[rag].text}`)
          .text(String(n), x, y + 7, { width: w, align: 'center', lineBreak: false });
      x += w;
    }
    const info = `${g.rollUp.total} action${g.rollUp.total === 1 ? '' : 's'}, ${percent(g.rollUp.progress)} progress${g.rollUp.cancelled ? `, ${g.rollUp.cancelled} cancelled` : ''}`;
    doc
      .font(FONT)
      .fontSize(9)
      .fillColor(GREY)
      .text(printable(info), x0 + barW + 10, y + 7, { width: infoW, lineBreak: false });
    y += barH + gap;
  });
  // Legend
  let x = MARGIN + labelW;
  for (const rag of RAGS) {
    doc.rect(x, y + 2, 10, 10).fill(`#${RAG_COLOURS[rag].fill}`);
    doc
      .font(FONT)
      .fontSize(9)
      .fillColor(INK)
      .text(RAG_LABEL[rag], x + 14, y + 3, { lineBreak: false });
    x += 70;
  }
  doc
    .font(ITALIC)
    .fontSize(8.5)
    .fillColor(GREY)
    .text('Bars on one scale: number of actions by derived RAG (cancelled actions are left out).', x + 10, y + 3, { lineBreak: false });
  doc.x = MARGIN;
  doc.y = y + 24;
}

/** RAG by P across published packs: one small panel per P, a stacked column per pack. */
export function ragTrendChart(layout: PdfLayout, points: NonNullable<BoardPackData['ragTrend']>): void {
  const { doc } = layout;
  const panelGap = 14;
  const panelW = (layout.width - 3 * panelGap) / 4;
  const chartH = 90;
  const top = doc.y + 6;
  const max = Math.max(1, ...points.flatMap((p) => p.byPillar.map((b) => b.red + b.amber + b.green + b.blue)));
  PILLARS.forEach((pillar, k) => {
    const x0 = MARGIN + k * (panelW + panelGap);
    doc.font(BOLD).fontSize(9).fillColor(NAVY).text(PILLAR_LABEL[pillar], x0, top, { width: panelW, lineBreak: false });
    const base = top + 16 + chartH;
    doc
      .moveTo(x0, base)
      .lineTo(x0 + panelW, base)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    const colW = Math.min(22, (panelW - 8) / points.length - 6);
    points.forEach((point, j) => {
      const b = point.byPillar.find((p) => p.pillar === pillar)!;
      const cx = x0 + 4 + j * (colW + 6);
      let y = base;
      for (const rag of [...RAGS].reverse()) {
        const n = b[rag.toLowerCase() as 'red' | 'amber' | 'green' | 'blue'];
        if (!n) continue;
        const h = (n / max) * chartH;
        y -= h;
        doc.rect(cx, y, colW, h).fill(`#${RAG_COLOURS[rag].fill}`);
      }
      doc
        .font(FONT)
        .fontSize(6.5)
        .fillColor(GREY)
        .text(j === points.length - 1 ? 'Now' : shortDate(point.asOf).slice(0, 5), cx - 3, base + 3, { width: colW + 6, align: 'center', lineBreak: false });
    });
  });
  doc.x = MARGIN;
  doc.y = top + 16 + chartH + 16;
}

/** Six headline figures in boxes at `y`, each with its change since the last board when there was one. */
export function keyFigures(layout: PdfLayout, data: BoardPackData, y: number): void {
  const { doc } = layout;
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
  const w = (layout.width - 5 * 10) / 6;
  figures.forEach(([value, label, colour], i) => {
    const x = MARGIN + i * (w + 10);
    layout.artifact(() => {
      doc.roundedRect(x, y, w, boxH, 4).lineWidth(1).strokeColor(RULE).stroke();
      doc.rect(x, y, 4, boxH).fill(colour ? `#${colour}` : NAVY);
    });
    const before = was[i];
    const change =
      before === undefined || before === null
        ? ''
        : now[i] === before
          ? ', no change since the last board'
          : `, was ${i === 1 ? percent(before) : before} at the last board`;
    const arrowX = x + 12;
    const arrowY = y + 66;
    const up = change !== '' && now[i] > (before as number);
    const down = change !== '' && now[i] < (before as number);
    // The direction drawn as a shape and said in words, never colour alone. Drawn before the
    // figure's paragraph: decoration must not sit inside tagged content.
    if (change) {
      layout.artifact(() => {
        if (up) doc.polygon([arrowX, arrowY + 8], [arrowX + 8, arrowY + 8], [arrowX + 4, arrowY]).fill(INK);
        else if (down) doc.polygon([arrowX, arrowY], [arrowX + 8, arrowY], [arrowX + 4, arrowY + 8]).fill(INK);
        else doc.rect(arrowX, arrowY + 3, 8, 2).fill(INK);
      });
    }
    const shown = (n: number) => (i === 1 ? percent(n) : String(n));
    // One paragraph per figure, so a screen reader reads "12 actions in the plan. Up from 10 since the last board".
    layout.tag('P', () => {
      doc
        .font(BOLD)
        .fontSize(24)
        .fillColor(NAVY)
        .text(value, x + 12, y + 12, { width: w - 18, lineBreak: false });
      doc
        .font(FONT)
        .fontSize(9)
        .fillColor(GREY)
        .text(printable(label), x + 12, y + 42, { width: w - 18 });
      if (change) {
        const words = up ? `Up from ${shown(before as number)}` : down ? `Down from ${shown(before as number)}` : 'No change';
        doc
          .font(BOLD)
          .fontSize(8)
          .fillColor(INK)
          .text(words, arrowX + 12, arrowY, { width: w - 30, lineBreak: false });
        doc
          .font(FONT)
          .fontSize(7.5)
          .fillColor(GREY)
          .text('since the last board', arrowX, arrowY + 10, { width: w - 18, lineBreak: false });
      }
    });
  });
}
