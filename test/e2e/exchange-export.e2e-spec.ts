import { writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { graphql } from '../generated';
import { pdfText, restGet, RestResult } from '../support/exchange-http';
import { createUser } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * Board pack downloads (XLSX, CSV, PDF) read back and compared with boardReport for the same dates,
 * over the demo partnership with the clock fixed. Set BOARD_PACK_PDF=/path/pack.pdf to keep the
 * demo pack for a look (pdftoppm -png -r 80 pack.pdf page).
 */

const NOW = '2026-11-23T10:00:00Z';
const TODAY = '2026-11-23';
const SINCE = '2026-08-25';
const PAST = '2026-06-30';
const PAST_SINCE = '2026-03-31';
const DEMO_PASSWORD = 'demo-password';

graphql(
  `fragment ExportRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }`,
);
graphql(`fragment ExportRow on ActionRow { ref title status progress rag ragReasons daysOverdue dueDate leadAgency { name } objective { code } }`);
const BOARD_REPORT = graphql(`query ExportBoardReport($plan: ID!, $asOf: Date, $since: Date) {
  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {
    asOf since partnership { name } deliveryPlan { title }
    overall { ...ExportRollUp }
    byPillar { pillar rollUp { ...ExportRollUp } }
    byObjective { objective { code title pillar } rollUp { ...ExportRollUp } }
    byAgency { agency { name } rollUp { ...ExportRollUp } }
    overdueActions { ...ExportRow }
    overdueMilestones { milestone { title } action { ref } dueDate daysOverdue }
    dueSoon { ...ExportRow }
    staleActions { ...ExportRow }
    changes { ref statusBefore statusAfter ragBefore ragAfter }
    updatesSince { id narrative }
  }
}`);

interface RollUp {
  total: number;
  cancelled: number;
  completed: number;
  overdue: number;
  dueSoon: number;
  stale: number;
  progress: number;
  byStatus: { notStarted: number; inProgress: number; onHold: number; completed: number };
  byRag: { red: number; amber: number; green: number; blue: number };
}
interface Row {
  ref: string;
  title: string;
  status: string;
  progress: number;
  rag: string | null;
  ragReasons: string[];
  daysOverdue: number;
  dueDate: string;
  leadAgency: { name: string };
  objective: { code: string };
}
interface Report {
  asOf: string;
  since: string | null;
  partnership: { name: string };
  deliveryPlan: { title: string };
  overall: RollUp;
  byPillar: { pillar: string; rollUp: RollUp }[];
  byObjective: { objective: { code: string; title: string; pillar: string }; rollUp: RollUp }[];
  byAgency: { agency: { name: string }; rollUp: RollUp }[];
  overdueActions: Row[];
  overdueMilestones: { milestone: { title: string }; action: { ref: string }; dueDate: string; daysOverdue: number }[];
  dueSoon: Row[];
  staleActions: Row[];
  changes: { ref: string; statusBefore: string; statusAfter: string; ragBefore: string | null; ragAfter: string | null }[];
  updatesSince: { id: string; narrative: string }[];
}

const PILLAR_WORD: Record<string, string> = { PREVENT: 'Prevent', PURSUE: 'Pursue', PROTECT: 'Protect', PREPARE: 'Prepare' };
const RAG_WORD: Record<string, string> = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', BLUE: 'Blue' };
const STATUS_WORD: Record<string, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  ON_HOLD: 'On hold',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

/** The roll-up figures in the order of the pack's roll-up columns (Actions … Cancelled). */
const rollUpCells = (r: RollUp) => [
  r.total,
  r.completed,
  r.progress,
  r.byRag.red,
  r.byRag.amber,
  r.byRag.green,
  r.byRag.blue,
  r.overdue,
  r.dueSoon,
  r.stale,
  r.byStatus.notStarted,
  r.byStatus.inProgress,
  r.byStatus.onHold,
  r.cancelled,
];

/** The rows of a table sheet under its header (row 1), as plain values, dates as YYYY-MM-DD. */
function sheetRows(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as unknown[];
    if (header.length > 1 && values.length <= 2) return; // the "nothing to list" note
    rows.push(
      Object.fromEntries(header.map((h, i) => [h, values[i + 1] instanceof Date ? (values[i + 1] as Date).toISOString().slice(0, 10) : (values[i + 1] ?? null)])),
    );
  });
  return rows;
}

describe('board pack export', () => {
  let server: TestServer;
  let planId: string;
  let coordinator: string;
  let board: string;
  let partner: string;
  /** The coordinator of another partnership. */
  let outsider: string;

  beforeAll(async () => {
    server = await startTestServer({ now: NOW, seedDemo: true });
    coordinator = await server.login('sarah.whitfield@example.org', DEMO_PASSWORD);
    board = await server.login('helen.marsh@example.org', DEMO_PASSWORD);
    partner = await server.login('daniel.okafor@example.org', DEMO_PASSWORD);
    const { partnerships } = await server.as(board).ok(graphql(`query ExchangeExportPartnerships { partnerships { strategies { deliveryPlans { id } } } }`));
    planId = partnerships[0].strategies[0].deliveryPlans[0].id;
    // The bootstrap admin is created before the demo, which then adds no admin of its own.
    const admin = server.as(await server.adminToken());
    const { createPartnership } = await admin.ok(
      graphql(`mutation ExchangeExportCreatePartnership { createPartnership(input: { name: "Elsewhere", slug: "elsewhere" }) { id } }`),
    );
    outsider = (await createUser(server, admin, { name: 'Other Coordinator', partnershipId: createPartnership.id, role: 'COORDINATOR' })).token;
  });
  afterAll(() => server.close());

  const report = async (asOf: string, since: string | null): Promise<Report> => (await server.as(board).ok(BOARD_REPORT, { plan: planId, asOf, since })).boardReport;

  const pack = (format: string, token: string | null, query = `asOf=${TODAY}&since=${SINCE}`): Promise<RestResult> =>
    restGet(server, `/api/plans/${planId}/board-pack.${format}?${query}`, token);

  describe.each([
    [TODAY, SINCE],
    [PAST, PAST_SINCE],
  ])('as of %s, since %s', (asOf, since) => {
    let expected: Report;
    beforeAll(async () => {
      expected = await report(asOf, since);
    });

    it('the .xlsx has every table of boardReport with the same figures, typed cells, frozen filtered headers and RAG colours', async () => {
      const res = await pack('xlsx', board, `asOf=${asOf}&since=${since}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      expect(res.headers.get('content-disposition')).toMatch(new RegExp(`attachment; filename="board-pack-.*-${asOf}-since-${since}\\.xlsx"`));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.bytes as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Summary',
        'By objective',
        'By agency',
        'Overdue actions',
        'Overdue milestones',
        'Due soon',
        'Stale',
        'Changes',
        'Updates',
        'All actions',
        'Key',
      ]);

      const summary = workbook.getWorksheet('Summary')!;
      expect(summary.getCell('A1').value).toBe(`Board pack: ${expected.partnership.name}`);
      expect(summary.getCell('B3').value).toEqual(new Date(`${asOf}T00:00:00Z`));
      expect(summary.getCell('B4').value).toEqual(new Date(`${since}T00:00:00Z`));
      const groups = [expected.overall, ...expected.byPillar.map((p) => p.rollUp)];
      groups.forEach((rollUp, i) => {
        const values = (summary.getRow(10 + i).values as unknown[]).slice(1);
        expect(values[0]).toBe(i === 0 ? 'Whole plan' : PILLAR_WORD[expected.byPillar[i - 1].pillar]);
        expect(values.slice(1)).toEqual(rollUpCells(rollUp));
      });
      expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 9 });
      const redHeader = summary.getRow(9).getCell(5);
      expect([redHeader.value, (redHeader.fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual(['Red', 'FFC0392B']);

      const byObjective = sheetRows(workbook.getWorksheet('By objective')!);
      expect(byObjective.map((r) => [r.Code, r.Objective, ...rollUpCells(expected.byObjective.find((o) => o.objective.code === r.Code)!.rollUp)])).toEqual(
        expected.byObjective.map((o) => [o.objective.code, o.objective.title, ...rollUpCells(o.rollUp)]),
      );
      expect(byObjective.map((r) => [r.Actions, r['Progress %'], r.Red, r.Cancelled])).toEqual(
        expected.byObjective.map((o) => [o.rollUp.total, o.rollUp.progress, o.rollUp.byRag.red, o.rollUp.cancelled]),
      );
      const byAgency = sheetRows(workbook.getWorksheet('By agency')!);
      expect(byAgency.map((r) => [r['Lead agency'], r.Actions, r.Completed, r['Progress %'], r.Overdue, r.Stale])).toEqual(
        expected.byAgency.map((a) => [a.agency.name, a.rollUp.total, a.rollUp.completed, a.rollUp.progress, a.rollUp.overdue, a.rollUp.stale]),
      );

      const actionList = (name: string) =>
        sheetRows(workbook.getWorksheet(name)!).map((r) => [r.Ref, r['Days overdue'], r.Status, r['Progress %'], r.RAG, r['Due date']]);
      const expectedList = (rows: Row[]) => rows.map((r) => [r.ref, r.daysOverdue, STATUS_WORD[r.status], r.progress, r.rag ? RAG_WORD[r.rag] : null, r.dueDate]);
      expect(actionList('Overdue actions')).toEqual(expectedList(expected.overdueActions));
      expect(actionList('Due soon')).toEqual(expectedList(expected.dueSoon));
      expect(actionList('Stale')).toEqual(expectedList(expected.staleActions));
      expect(sheetRows(workbook.getWorksheet('Overdue milestones')!).map((r) => [r.Ref, r.Milestone, r['Due date'], r['Days overdue']])).toEqual(
        expected.overdueMilestones.map((m) => [m.action.ref, m.milestone.title, m.dueDate, m.daysOverdue]),
      );
      expect(sheetRows(workbook.getWorksheet('Changes')!).map((r) => [r.Ref, r['Status before'], r['Status after'], r['RAG before'], r['RAG after']])).toEqual(
        expected.changes.map((c) => [
          c.ref,
          STATUS_WORD[c.statusBefore],
          STATUS_WORD[c.statusAfter],
          c.ragBefore ? RAG_WORD[c.ragBefore] : null,
          c.ragAfter ? RAG_WORD[c.ragAfter] : null,
        ]),
      );
      expect(sheetRows(workbook.getWorksheet('Updates')!).map((r) => r.Narrative)).toEqual(expected.updatesSince.map((u) => u.narrative));

      const all = workbook.getWorksheet('All actions')!;
      expect(all.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(all.autoFilter).toBeTruthy();
      const first = all.getRow(2);
      expect(first.getCell(9).value).toBeInstanceOf(Date);
      expect(first.getCell(9).numFmt).toBe('dd/mm/yyyy');
      // Column 10, "Originally due", is blank unless the action was re-baselined.
      expect((all.getRow(1).values as unknown[])[10]).toBe('Originally due');
      expect(typeof first.getCell(13).value).toBe('number');
      expect(typeof first.getCell(16).value).toBe('boolean');
    });

    it('the .csv lists every action with as-of figures that roll up to boardReport', async () => {
      const res = await pack('csv', board, `asOf=${asOf}&since=${since}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const rows: Record<string, string>[] = parse(res.bytes, { bom: true, columns: true });
      expect(rows.length).toBeGreaterThan(20);
      expect(new Set(rows.map((r) => r['As of']))).toEqual(new Set([asOf]));
      const live = rows.filter((r) => r.Status !== 'CANCELLED');
      const count = (pred: (r: Record<string, string>) => boolean) => live.filter(pred).length;
      const o = expected.overall;
      expect({
        total: live.length,
        cancelled: rows.length - live.length,
        completed: count((r) => r.Status === 'COMPLETED'),
        overdue: count((r) => r.Overdue === 'true'),
        dueSoon: count((r) => r['Due soon'] === 'true'),
        stale: count((r) => r.Stale === 'true'),
        red: count((r) => r.RAG === 'RED'),
        amber: count((r) => r.RAG === 'AMBER'),
        green: count((r) => r.RAG === 'GREEN'),
        blue: count((r) => r.RAG === 'BLUE'),
        progress: Math.round((live.reduce((s, r) => s + Number(r.Progress), 0) / live.length) * 10 + 1e-9) / 10,
      }).toEqual({
        total: o.total,
        cancelled: o.cancelled,
        completed: o.completed,
        overdue: o.overdue,
        dueSoon: o.dueSoon,
        stale: o.stale,
        red: o.byRag.red,
        amber: o.byRag.amber,
        green: o.byRag.green,
        blue: o.byRag.blue,
        progress: o.progress,
      });
      for (const p of expected.byPillar) expect(live.filter((r) => r.Pillar === p.pillar).length).toBe(p.rollUp.total);
      const byRef = new Map(rows.map((r) => [r.Ref, r]));
      for (const a of expected.overdueActions) {
        expect(byRef.get(a.ref)).toMatchObject({
          Status: a.status,
          'Days overdue': String(a.daysOverdue),
          RAG: a.rag ?? '',
          'RAG reasons': a.ragReasons.join('; '),
          Progress: String(a.progress),
        });
      }
      expect(
        rows
          .filter((r) => r['Due soon'] === 'true')
          .map((r) => r.Ref)
          .sort(),
      ).toEqual(expected.dueSoon.map((r) => r.ref).sort());
      expect(
        rows
          .filter((r) => r.Stale === 'true')
          .map((r) => r.Ref)
          .sort(),
      ).toEqual(expected.staleActions.map((r) => r.ref).sort());
    });

    it('the .pdf board pack shows the same figures, every listed action and page numbers', async () => {
      const res = await pack('pdf', board, `asOf=${asOf}&since=${since}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      if (process.env.BOARD_PACK_PDF && asOf === TODAY) writeFileSync(process.env.BOARD_PACK_PDF, res.bytes);
      const { pages, text } = await pdfText(res.bytes);
      const flat = text.replace(/\s+/g, ' ');
      expect(pages[0]).toContain(expected.partnership.name);
      expect(pages[0]).toContain(expected.deliveryPlan.title);
      const long = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      expect(pages[0]).toContain(`Position as of ${long(asOf)}`);
      expect(pages[0]).toContain(`Changes since ${long(since)}`);
      pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));

      const pct = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;
      const o = expected.overall;
      // The summary table's whole-plan row, then one row per P, cell by cell.
      const rollUpText = (label: string, r: RollUp) =>
        [label, r.total, r.completed, pct(r.progress), r.byRag.red, r.byRag.amber, r.byRag.green, r.byRag.blue, r.overdue, r.dueSoon, r.stale, r.cancelled].join(
          ' ',
        );
      expect(flat).toContain(rollUpText('Whole plan', o));
      for (const p of expected.byPillar) expect(flat).toContain(rollUpText(PILLAR_WORD[p.pillar], p.rollUp));
      for (const a of expected.byAgency) expect(flat).toContain(`${a.rollUp.total} ${a.rollUp.completed} ${pct(a.rollUp.progress)}`);
      for (const row of [...expected.overdueActions, ...expected.dueSoon, ...expected.staleActions]) expect(flat).toContain(row.ref);
      const overdueSection = flat.slice(flat.indexOf('Overdue actions'), flat.indexOf('Overdue milestones'));
      for (const row of expected.overdueActions) expect(overdueSection).toMatch(new RegExp(`${row.ref.replace('.', '\\.')} .*? ${row.daysOverdue} `));
      for (const m of expected.overdueMilestones) expect(flat).toContain(m.milestone.title.slice(0, 20));
      for (const c of expected.changes) expect(flat).toContain(c.ref);
    });
  });

  describe('permissions', () => {
    it.each(['xlsx', 'csv', 'pdf'])('lets every member download the %s; refuses anonymous callers and other partnerships', async (format) => {
      for (const token of [coordinator, board, partner]) expect((await pack(format, token)).status).toBe(200);
      const anonymous = await pack(format, null);
      expect([anonymous.status, anonymous.json?.error?.code]).toEqual([401, 'UNAUTHENTICATED']);
      const foreign = await pack(format, outsider);
      expect([foreign.status, foreign.json?.error?.code]).toEqual([404, 'NOT_FOUND']);
      const unknown = await restGet(server, `/api/plans/00000000-0000-4000-8000-000000000000/board-pack.${format}`, board);
      expect([unknown.status, unknown.json?.error?.code]).toEqual([404, 'NOT_FOUND']);
    });

    it('refuses bad dates as boardReport does, naming the parameter', async () => {
      const bad = await pack('pdf', board, 'asOf=23/11/2026');
      expect([bad.status, bad.json?.error?.code, bad.json?.error?.field]).toEqual([400, 'BAD_USER_INPUT', 'asOf']);
      const backwards = await pack('xlsx', board, `asOf=${SINCE}&since=${TODAY}`);
      expect([backwards.status, backwards.json?.error?.code, backwards.json?.error?.field]).toEqual([400, 'BAD_USER_INPUT', 'since']);
    });

    it('defaults asOf to today in the partnership time zone and works without since', async () => {
      const res = await restGet(server, `/api/plans/${planId}/board-pack.csv`, board);
      const rows: Record<string, string>[] = parse(res.bytes, { bom: true, columns: true });
      expect(rows[0]['As of']).toBe(TODAY);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await restGet(server, `/api/plans/${planId}/board-pack.xlsx`, board)).bytes as unknown as ArrayBuffer);
      expect(workbook.getWorksheet('Changes')!.getCell('A3').value).toContain('since');
    });
  });

  describe('boardPackUrl', () => {
    const URL_QUERY = graphql(
      `query ExchangeExportBoardPackUrl($plan: ID!, $format: BoardPackFormat!, $asOf: Date, $since: Date) { boardPackUrl(deliveryPlanId: $plan, format: $format, asOf: $asOf, since: $since) }`,
    );

    it('gives a board member a link that downloads the same pack without any header', async () => {
      const { boardPackUrl } = await server.as(board).ok(URL_QUERY, { plan: planId, format: 'CSV', asOf: TODAY, since: SINCE });
      expect(boardPackUrl).toMatch(new RegExp(`^${server.url}/api/downloads/board-pack\\?token=`));
      const viaLink = await restGet(server, boardPackUrl, null);
      expect(viaLink.status).toBe(200);
      expect(viaLink.headers.get('content-disposition')).toContain('.csv');
      expect(viaLink.bytes.toString()).toBe((await pack('csv', board)).bytes.toString());
      const pdf = await server.as(board).ok(URL_QUERY, { plan: planId, format: 'PDF' });
      expect((await restGet(server, pdf.boardPackUrl, null)).headers.get('content-type')).toBe('application/pdf');
    });

    it('refuses a tampered link, a session token in its place, and the link as a session token', async () => {
      const { boardPackUrl } = await server.as(board).ok(URL_QUERY, { plan: planId, format: 'XLSX' });
      const token = new URL(boardPackUrl).searchParams.get('token')!;
      const [head, body, signature] = token.split('.');
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
      const forged = `${head}.${Buffer.from(JSON.stringify({ ...claims, fmt: 'pdf' })).toString('base64url')}.${signature}`;
      for (const bad of [forged, board, 'nonsense', '']) {
        const res = await restGet(server, `/api/downloads/board-pack?token=${encodeURIComponent(bad)}`, null);
        expect([res.status, res.json?.error?.code]).toEqual([401, 'UNAUTHENTICATED']);
      }
      expect(await server.as(token).code(graphql(`query ExchangeExportMe { me { id } }`))).toBe('UNAUTHENTICATED');
      expect((await restGet(server, `/api/plans/${planId}/board-pack.csv`, token)).status).toBe(401);
    });

    it('works only while the user it was made for keeps access: refused once the membership is removed, the account deactivated or deleted', async () => {
      const admin = server.as(await server.adminToken());
      const { partnerships } = await server.as(board).ok(graphql(`query ExchangeExportPartnerships2 { partnerships { id } }`));
      const partnershipId = partnerships[0].id;
      const member = await createUser(server, admin, { name: 'Leaving Member', partnershipId, role: 'BOARD_MEMBER' });
      const link = async () => (await server.as(member.token).ok(URL_QUERY, { plan: planId, format: 'CSV' })).boardPackUrl;
      const [first, second] = [await link(), await link()];
      expect((await restGet(server, first, null)).status).toBe(200);

      await server.db.query('DELETE FROM membership WHERE user_id = $1', [member.id]);
      const afterRemoval = await restGet(server, first, null);
      expect([afterRemoval.status, afterRemoval.json?.error?.code]).toEqual([401, 'UNAUTHENTICATED']);
      expect(afterRemoval.json!.error.message).toMatch(/access of the person it was made for has ended/);

      await admin.ok(graphql(`mutation ExchangeExportSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role } }`), {
        input: { userId: member.id, partnershipId, role: 'BOARD_MEMBER' },
      });
      expect((await restGet(server, second, null)).status).toBe(200);
      await admin.ok(graphql(`mutation ExchangeExportDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }`), { id: member.id });
      const afterDeactivation = await restGet(server, second, null);
      expect([afterDeactivation.status, afterDeactivation.json?.error?.code]).toEqual([401, 'UNAUTHENTICATED']);
      await server.db.query('UPDATE user_account SET deactivated_at = NULL WHERE id = $1', [member.id]);
      expect((await restGet(server, second, null)).status).toBe(200);
      await server.db.query('DELETE FROM membership WHERE user_id = $1', [member.id]);
      await server.db.query('DELETE FROM user_account WHERE id = $1', [member.id]);
      const afterDeletion = await restGet(server, second, null);
      expect([afterDeletion.status, afterDeletion.json?.error?.code]).toEqual([401, 'UNAUTHENTICATED']);
    });

    it('checks access and dates before signing', async () => {
      expect(await server.client.code(URL_QUERY, { plan: planId, format: 'PDF' })).toBe('UNAUTHENTICATED');
      expect(await server.as(outsider).code(URL_QUERY, { plan: planId, format: 'PDF' })).toBe('NOT_FOUND');
      expect(await server.as(board).code(URL_QUERY, { plan: planId, format: 'PDF', asOf: SINCE, since: TODAY })).toBe('BAD_USER_INPUT');
      // Not a BoardPackFormat: sent as it is, past the document's types.
      expect((await server.as(board).requestLoose(URL_QUERY, { plan: planId, format: 'DOCX' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
