import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { graphql } from '../generated';
import { rowCounts } from '../support/db-assertions';
import { restGet, upload } from '../support/exchange-http';
import { createAgency, createPlan, createWorld, World } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * Issue 14: delivery plans laid out as real councils keep them — a "messy" workbook (a cover sheet,
 * a title block, upper-case headers merged over a second header row, " / " lists and a joint lead,
 * a key and totals under the table, a key sheet), the same plan as a Windows-1252 CSV with Excel
 * serial dates and "£" and "–" in titles, and the board pack read back in. Every created action's
 * lead, supporting agencies, dates and returns are asserted as written below, by hand. The clock
 * is fixed at 15 October 2025.
 */

const NOW = '2025-10-15T09:00:00Z';
const WRITTEN_TABLES = ['action', 'action_supporting_agency', 'milestone', 'progress_update', 'objective', 'agency', 'partnership_agency', 'audit_event'];

const SMBC = 'Sandmoor Metropolitan Borough Council';
const POLICE = 'Westmere Police';
const BOARD = 'Safeguarding Adults and Children Board';
const FIRE = 'Westmere Fire & Rescue Service';
// Named by the files but not yet agencies: the import creates them for the partnership.
const ICB = 'Black Country Integrated Care Board';
const HOPE = 'Hope for Justice Sandmoor';
const CHURCHES = 'Sandmoor Churches Together';

/** One row as the council typed it. Dates ISO here; each file writes them its own way. */
interface CouncilRow {
  ref: string;
  pillar: string;
  objective: string;
  title: string;
  lead: string;
  supporting: string;
  start: string | null;
  due: string;
  status: string | null;
  percent: number | null;
  rag: string | null;
  update: string | null;
  reportedOn: string | null;
}

const PLAN: CouncilRow[] = [
  {
    ref: '1.1',
    pillar: 'Prevent',
    objective: 'PV1',
    title: 'Awareness training for taxi drivers – phase 1',
    lead: SMBC,
    supporting: `${POLICE} / ${HOPE}`,
    start: '2025-04-01',
    due: '2026-03-31',
    status: 'In progress',
    percent: 40,
    rag: 'Green',
    update: 'Two cohorts trained',
    reportedOn: '2025-09-30',
  },
  {
    ref: '1.2',
    pillar: 'Prevent',
    objective: 'PV1',
    title: 'Modern slavery clauses in contracts over £100k',
    lead: SMBC,
    supporting: `${POLICE} / ${ICB} / ${HOPE}`,
    start: null,
    due: '2026-06-30',
    status: 'Not started',
    percent: null,
    rag: null,
    update: null,
    reportedOn: null,
  },
  {
    ref: '2.1',
    pillar: 'Pursue',
    objective: 'PU1',
    title: 'Joint operations at hand car washes',
    lead: `${POLICE} / ${SMBC}`,
    supporting: FIRE,
    start: '2025-01-01',
    due: '2025-12-31',
    status: 'In progress',
    percent: 60,
    rag: 'Amber',
    update: 'Three operations held',
    reportedOn: '2025-09-15',
  },
  {
    ref: '2.2',
    pillar: 'Pursue',
    objective: 'PU1',
    title: 'More Slavery and Trafficking Prevention Orders',
    lead: POLICE,
    supporting: `${BOARD} and ${SMBC}`,
    start: null,
    due: '2026-03-31',
    status: 'Completed',
    percent: 100,
    rag: 'Blue',
    update: 'Target met',
    reportedOn: '2025-08-29',
  },
  {
    ref: '3.1',
    pillar: 'Protect',
    objective: 'PT1',
    title: 'Safe-house places for adult survivors',
    lead: ICB,
    supporting: `${HOPE}, ${CHURCHES}`,
    start: null,
    due: '2026-09-30',
    status: 'In progress',
    percent: 25,
    rag: 'Red',
    update: 'Provider withdrew',
    reportedOn: '2025-09-30',
  },
  {
    ref: '3.2',
    pillar: 'Protect',
    objective: 'PT1',
    title: 'A guardian for every eligible child',
    lead: BOARD,
    supporting: `${SMBC} & ${POLICE}`,
    start: null,
    due: '2026-03-31',
    status: null,
    percent: null,
    rag: null,
    update: null,
    reportedOn: null,
  },
  {
    ref: '4.1',
    pillar: 'Prepare',
    objective: 'PR1',
    title: 'Response plan for a large-scale incident',
    lead: FIRE,
    supporting: `${POLICE}\n${SMBC}`,
    start: null,
    due: '2025-11-30',
    status: 'On hold',
    percent: 10,
    rag: null,
    update: 'Awaiting the exercise date',
    reportedOn: '2025-07-01',
  },
  {
    ref: '4.2',
    pillar: 'Prepare',
    objective: 'PR1',
    title: 'Partnership problem profile',
    lead: SMBC,
    supporting: `${POLICE}; ${ICB}`,
    start: '2025-02-01',
    due: '2025-12-31',
    status: 'Completed',
    percent: 100,
    rag: null,
    update: 'Published',
    reportedOn: '2025-06-30',
  },
];

/**
 * What every file must give, worked out by hand from the rows above: the first name of a joint lead
 * leads and the other supports; lists split on " / ", ",", ";", line breaks, and " & " / " and "
 * between known names; "Safeguarding Adults and Children Board" kept whole; Blue with Completed
 * dropped; "Not started" with nothing else recorded is no return; each return's agency is the lead.
 */
const EXPECTED = [
  {
    ref: '1.1',
    lead: SMBC,
    supporting: [HOPE, POLICE],
    startDate: '2025-04-01',
    dueDate: '2026-03-31',
    updates: [['2025-09-30', 'IN_PROGRESS', 40, 'GREEN', SMBC]],
  },
  { ref: '1.2', lead: SMBC, supporting: [ICB, HOPE, POLICE], startDate: null, dueDate: '2026-06-30', updates: [] },
  {
    ref: '2.1',
    lead: POLICE,
    supporting: [SMBC, FIRE],
    startDate: '2025-01-01',
    dueDate: '2025-12-31',
    updates: [['2025-09-15', 'IN_PROGRESS', 60, 'AMBER', POLICE]],
  },
  { ref: '2.2', lead: POLICE, supporting: [BOARD, SMBC], startDate: null, dueDate: '2026-03-31', updates: [['2025-08-29', 'COMPLETED', 100, null, POLICE]] },
  { ref: '3.1', lead: ICB, supporting: [HOPE, CHURCHES], startDate: null, dueDate: '2026-09-30', updates: [['2025-09-30', 'IN_PROGRESS', 25, 'RED', ICB]] },
  { ref: '3.2', lead: BOARD, supporting: [SMBC, POLICE], startDate: null, dueDate: '2026-03-31', updates: [] },
  { ref: '4.1', lead: FIRE, supporting: [SMBC, POLICE], startDate: null, dueDate: '2025-11-30', updates: [['2025-07-01', 'ON_HOLD', 10, null, FIRE]] },
  { ref: '4.2', lead: SMBC, supporting: [ICB, POLICE], startDate: '2025-02-01', dueDate: '2025-12-31', updates: [['2025-06-30', 'COMPLETED', 100, null, SMBC]] },
];

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const uk = (iso: string) => iso.split('-').reverse().join('/');
const excelSerial = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25569;

/**
 * The "messy" workbook: a cover sheet; the plan under a merged title block, its upper-case headers
 * in two rows (REF, OBJECTIVE and ACTION merged down; AGENCIES, DATES and LATEST POSITION merged
 * across), due dates as date cells or typed UK dates, then a blank row, a key merged across the
 * table and two total rows; and a sheet explaining the RAG colours.
 */
async function messyWorkbook(rows: CouncilRow[] = PLAN): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const cover = workbook.addWorksheet('Cover');
  cover.addRow(['Sandmoor Modern Slavery Partnership']);
  cover.addRow(['Delivery plan 2025-27: contents']);
  cover.addRow(['1. Delivery Plan', '2. Key']);

  const sheet = workbook.addWorksheet('Delivery Plan');
  sheet.getCell('A1').value = 'SANDMOOR MODERN SLAVERY PARTNERSHIP';
  sheet.mergeCells('A1:L1');
  sheet.getCell('A2').value = 'DELIVERY PLAN 2025–27 — position as at 30 September 2025';
  sheet.mergeCells('A2:L2');
  sheet.getRow(4).values = ['REF', 'OBJECTIVE', 'ACTION', 'AGENCIES', null, 'DATES', null, 'LATEST POSITION'];
  sheet.getRow(5).values = [null, null, null, 'LEAD', 'SUPPORTING', 'START', 'DUE', 'STATUS', '%', 'RAG', 'UPDATE', 'REPORTED ON'];
  for (const range of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:G4', 'H4:L4']) sheet.mergeCells(range);
  rows.forEach((r, i) => {
    const row = sheet.getRow(6 + i);
    row.values = [
      r.ref,
      r.objective,
      r.title,
      r.lead,
      r.supporting,
      r.start ? utc(r.start) : null,
      i % 2 === 0 ? utc(r.due) : uk(r.due),
      r.status,
      r.percent === null ? null : r.percent / 100,
      r.rag,
      r.update,
      r.reportedOn ? utc(r.reportedOn) : null,
    ];
    row.getCell(9).numFmt = '0%';
  });
  const after = 6 + rows.length + 1;
  sheet.getCell(`A${after}`).value = 'Key: RAG = Red / Amber / Green as reported by the lead organisation';
  sheet.mergeCells(`A${after}:L${after}`);
  sheet.getCell(`A${after + 1}`).value = `Total actions: ${rows.length}`;
  sheet.getRow(after + 2).values = ['TOTAL', null, null, null, null, null, null, null, { formula: `AVERAGE(I6:I${5 + rows.length})`, result: 0.29 }];

  const key = workbook.addWorksheet('Key');
  key.addRow(['Colour', 'Meaning']);
  key.addRow(['Red', 'Off track']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Windows-1252 bytes of a string, as Excel's plain "CSV" on Windows writes them. */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };
  return Buffer.from([...text].map((c) => high[c] ?? (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : 0x3f)));
}

/** The same plan as Excel saves it to CSV: dates as serial numbers, the "Reported on" day as a UK date. */
function councilCsv(rows: CouncilRow[] = PLAN, delimiter = ','): string {
  const header = [
    'Ref',
    'Pillar',
    'Objective',
    'Action',
    'Lead agency',
    'Supporting partners',
    'Start date',
    'Due date',
    'Status',
    '% complete',
    'RAG',
    'Latest update',
    'Reported on',
  ];
  return stringify(
    [
      header,
      ...rows.map((r) => [
        r.ref,
        r.pillar,
        r.objective,
        r.title,
        r.lead,
        r.supporting,
        r.start ? excelSerial(r.start) : '',
        /^\d{4}-\d\d-\d\d$/.test(r.due) ? excelSerial(r.due) : r.due,
        r.status ?? '',
        r.percent === null ? '' : `${r.percent}%`,
        r.rag ?? '',
        r.update ?? '',
        r.reportedOn ? uk(r.reportedOn) : '',
      ]),
    ],
    { delimiter },
  );
}

const PLAN_QUERY = graphql(`query ExchangeImportCouncilsDeliveryPlan($id: ID!) {
  deliveryPlan(id: $id) {
    actions {
      ref title startDate dueDate
      leadAgency { name }
      supportingAgencies { name }
      updates { reportedOn status percentComplete rag author { id } agency { name } }
    }
  }
}`);

interface ActionRead {
  ref: string;
  title: string;
  startDate: string | null;
  dueDate: string;
  leadAgency: { name: string };
  supportingAgencies: { name: string }[];
  updates: { reportedOn: string; status: string; percentComplete: number; rag: string | null; author: { id: string }; agency: { name: string } | null }[];
}

describe("importing councils' spreadsheets as they are (issue 14)", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
  });
  afterAll(() => server.close());

  /** A partnership whose agencies are called as in the files, with a fresh plan. */
  async function council(name: string): Promise<World> {
    const world = await createWorld(server, name);
    for (const [agency, kind] of [
      [SMBC, 'COUNCIL'],
      [POLICE, 'POLICE'],
      [BOARD, 'OTHER'],
      [FIRE, 'FIRE'],
    ] as const) {
      await createAgency(world.clients.admin, agency, kind, world.partnershipId);
    }
    return world;
  }
  const importUrl = (planId: string, query: string) => `/api/plans/${planId}/import?${query}`;
  const CREATE = `createMissingAgencies=true&agencyKinds=${encodeURIComponent(JSON.stringify({ [CHURCHES]: 'VOLUNTARY' }))}`;
  const readPlan = async (world: World, planId: string): Promise<ActionRead[]> =>
    (await world.clients.coordinator.ok(PLAN_QUERY, { id: planId })).deliveryPlan!.actions;
  const asRead = (actions: ActionRead[], world: World) =>
    [...actions]
      .sort((a, b) => a.ref.localeCompare(b.ref))
      .map((a) => {
        for (const u of a.updates) expect(u.author.id).toBe(world.users.coordinator);
        return {
          ref: a.ref,
          lead: a.leadAgency.name,
          supporting: a.supportingAgencies.map((s) => s.name).sort(),
          startDate: a.startDate,
          dueDate: a.dueDate,
          updates: a.updates.map((u) => [u.reportedOn, u.status, u.percentComplete, u.rag, u.agency?.name ?? null]),
        };
      });
  const sortedExpected = EXPECTED.map((e) => ({ ...e, supporting: [...e.supporting].sort() }));
  const agencyKinds = async (world: World) =>
    Object.fromEntries(
      (
        await world.clients.coordinator.ok(graphql(`query ExchangeImportCouncilsPartnership($id: ID!) { partnership(id: $id) { agencies { name kind shared } } }`), {
          id: world.partnershipId,
        })
      ).partnership!.agencies.map((a) => [a.name, a.kind]),
    );

  it('the messy workbook: dry run finds the plan, reads lists and joint leads, warns, and writes nothing; then imports it exactly', async () => {
    const world = await council('Sandmoor');
    const file = await messyWorkbook();
    const before = await rowCounts(server, WRITTEN_TABLES);
    const dry = await upload(server, importUrl(world.planId, `dryRun=true&${CREATE}`), world.tokens.coordinator, file, 'Sandmoor plan.xlsx');
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({
      file: { sheet: 'Delivery Plan', headerRow: 5 },
      problems: [],
      created: { agencies: 3, actions: 8, updates: 6 },
      agencies: [
        { name: HOPE, kind: 'VOLUNTARY', kindFrom: 'name', outcome: 'create' },
        { name: ICB, kind: 'HEALTH', kindFrom: 'name', outcome: 'create' },
        { name: CHURCHES, kind: 'VOLUNTARY', kindFrom: 'request', outcome: 'create' },
      ],
    });
    expect(await rowCounts(server, WRITTEN_TABLES)).toEqual(before);
    // Row numbers as the sheet shows them: the header is row 5, so 2.1 is row 8; the key is row 15, the totals 16 and 17.
    const warnings = dry.json!.warnings.map((w): [number | null, string] => [w.row, w.code]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        [null, 'SHEET_CHOSEN'],
        [8, 'JOINT_LEAD'],
        [15, 'ROW_SKIPPED'],
        [16, 'ROW_SKIPPED'],
        [17, 'ROW_SKIPPED'],
        [6, 'AGENCY_CREATED'],
        [6, 'AGENCY_KIND_GUESSED'],
        [7, 'AGENCY_CREATED'],
        [10, 'AGENCY_CREATED'],
      ]),
    );
    expect(warnings.filter(([, code]) => code === 'ROW_SKIPPED')).toHaveLength(3);
    expect(dry.json!.actions.find((a: { ref: string }) => a.ref === '2.1')).toMatchObject({ row: 8, leadAgency: POLICE, supportingAgencies: [SMBC, FIRE] });
    expect(dry.json!.parsedAgencies.find((a: { ref: string }) => a.ref === '1.2')).toEqual({
      row: 7,
      ref: '1.2',
      leadAgency: SMBC,
      supportingAgencies: [POLICE, ICB, HOPE],
    });

    const res = await upload(server, importUrl(world.planId, `dryRun=false&${CREATE}`), world.tokens.coordinator, file, 'Sandmoor plan.xlsx');
    expect(res.json).toMatchObject({ applied: true, problems: [], created: { agencies: 3, actions: 8, updates: 6 } });
    expect(asRead(await readPlan(world, world.planId), world)).toEqual(sortedExpected);
    expect(await agencyKinds(world)).toMatchObject({ [ICB]: 'HEALTH', [HOPE]: 'VOLUNTARY', [CHURCHES]: 'VOLUNTARY' });

    // Again: nothing changes, not even the audit trail.
    const audit = await server.count('audit_event', 'partnership_id = $1', [world.partnershipId]);
    const again = await upload(server, importUrl(world.planId, `dryRun=false&${CREATE}`), world.tokens.coordinator, file, 'Sandmoor plan.xlsx');
    expect(again.json).toMatchObject({
      problems: [],
      created: { objectives: 0, agencies: 0, agencyLinks: 0, actions: 0, milestones: 0, updates: 0 },
      updated: { actions: 0, milestones: 0 },
      unchanged: 8,
    });
    expect(await server.count('audit_event', 'partnership_id = $1', [world.partnershipId])).toBe(audit);
  });

  it('the same plan as a Windows-1252 CSV (and as UTF-16 "Unicode text") with serial dates gives the same plan, "£" and "–" intact', async () => {
    const world = await council('Sandmoor CSV');
    const files: [string, Buffer][] = [
      ['plan-1252.csv', windows1252(councilCsv())],
      // Excel's "Unicode text": UTF-16 with a BOM, separated by tabs.
      ['plan-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(councilCsv(PLAN, '\t'), 'utf16le')])],
    ];
    for (const [name, bytes] of files) {
      const planId = (await createPlan(world, name)).planId;
      const res = await upload(server, importUrl(planId, `dryRun=false&${CREATE}`), world.tokens.coordinator, bytes, name);
      expect(res.json).toMatchObject({ applied: true, problems: [], file: { format: 'csv' } });
      const actions = await readPlan(world, planId);
      expect(asRead(actions, world)).toEqual(sortedExpected);
      expect(actions.find((a) => a.ref === '1.1')!.title).toBe('Awareness training for taxi drivers – phase 1');
      expect(actions.find((a) => a.ref === '1.2')!.title).toBe('Modern slavery clauses in contracts over £100k');
    }
  });

  it('history: a row with a dated return is in the plan from that day; inPlanSince and effectiveFrom date the whole file', async () => {
    const world = await council('Sandmoor history');
    const totalAsOf = async (planId: string, asOf: string) => {
      const { boardReport } = await world.clients.coordinator.ok(
        graphql(
          `query ExchangeImportCouncilsBoardReport($plan: ID!, $asOf: Date) { boardReport(deliveryPlanId: $plan, asOf: $asOf) { overall { total } byPillar { pillar rollUp { total } } } }`,
        ),
        { plan: planId, asOf },
      );
      return boardReport.overall.total;
    };
    const csv = windows1252(councilCsv());

    // No options: each row with a return is in the plan from the day of its return (1.1 and 3.1 on
    // 30 Sep, 2.1 on 15 Sep, 2.2 on 29 Aug, 4.1 on 1 Jul, 4.2 on 30 Jun); 1.2 and 3.2, with none,
    // from today (15 Oct). As of 30 September: 6 actions, of which 4.2 and 2.2 completed.
    const plain = (await createPlan(world, 'No options')).planId;
    expect((await upload(server, importUrl(plain, `dryRun=false&${CREATE}`), world.tokens.coordinator, csv, 'plan.csv')).json).toMatchObject({ applied: true });
    expect(await totalAsOf(plain, '2025-09-30')).toBe(6);
    expect(await totalAsOf(plain, '2025-06-29')).toBe(0);
    expect(await totalAsOf(plain, '2025-10-15')).toBe(8);

    // inPlanSince for the whole file: all 8 as of 1 April.
    const since = (await createPlan(world, 'In plan since')).planId;
    expect((await upload(server, importUrl(since, `dryRun=false&${CREATE}&inPlanSince=2025-04-01`), world.tokens.coordinator, csv, 'plan.csv')).json).toMatchObject({
      applied: true,
    });
    expect(await totalAsOf(since, '2025-04-01')).toBe(8);
    expect(await totalAsOf(since, '2025-03-31')).toBe(0);

    // A re-import moving 1.1's due date, effective from 1 October: a report as of 30 September
    // keeps the old due date, one from 1 October has the new one.
    const moved = PLAN.map((r) => (r.ref === '1.1' ? { ...r, due: '2026-09-30' } : r));
    const res = await upload(
      server,
      importUrl(since, 'dryRun=false&effectiveFrom=2025-10-01'),
      world.tokens.coordinator,
      windows1252(councilCsv(moved)),
      'plan.csv',
    );
    expect(res.json).toMatchObject({ applied: true, problems: [] });
    const dueAsOf = async (asOf: string) => {
      const { actions } = await world.clients.coordinator.ok(
        graphql(`query ExchangeImportCouncilsActions($plan: ID!) { actions(deliveryPlanId: $plan, first: 50) { edges { node { ref } } } }`),
        { plan: since },
      );
      expect(actions.edges.length).toBe(8);
      const rows = await server.db.query(
        `SELECT v.due_date::text AS due FROM action_version v JOIN action a ON a.id = v.action_id
          WHERE a.delivery_plan_id = $1 AND a.ref = '1.1' AND v.valid_from <= $2 AND (v.valid_to IS NULL OR v.valid_to > $2)`,
        [since, asOf],
      );
      return rows.rows.map((r: { due: string }) => r.due);
    };
    expect(await dueAsOf('2025-09-30')).toEqual(['2026-03-31']);
    expect(await dueAsOf('2025-10-01')).toEqual(['2026-09-30']);

    // Never in the future.
    const future = await upload(server, importUrl(since, 'dryRun=false&inPlanSince=2025-10-16'), world.tokens.coordinator, csv, 'plan.csv');
    expect([future.status, future.json?.error?.code, future.json?.error?.field]).toEqual([400, 'BAD_USER_INPUT', 'inPlanSince']);
  });

  it('a "Reported on" date for the whole file dates the returns of rows without one', async () => {
    const world = await council('Sandmoor dated');
    const rows = PLAN.map((r) => ({ ...r, reportedOn: null }));
    const res = await upload(
      server,
      importUrl(world.planId, `dryRun=false&reportedOn=2025-09-30&${CREATE}`),
      world.tokens.coordinator,
      windows1252(councilCsv(rows)),
      'plan.csv',
    );
    expect(res.json).toMatchObject({ applied: true, problems: [] });
    const reported = (await readPlan(world, world.planId)).flatMap((a) => a.updates.map((u) => u.reportedOn));
    expect(reported).toEqual(['2025-09-30', '2025-09-30', '2025-09-30', '2025-09-30', '2025-09-30', '2025-09-30']);
    const future = await upload(
      server,
      importUrl(world.planId, 'dryRun=true&reportedOn=2025-10-16'),
      world.tokens.coordinator,
      windows1252(councilCsv(rows)),
      'plan.csv',
    );
    expect(future.status).toBe(400);
    expect(future.json!.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reportedOn' });
  });

  it("agencies one partnership's import creates stay invisible to another, whose import cannot link them", async () => {
    const sandmoor = await council('Sandmoor own');
    await upload(server, importUrl(sandmoor.planId, `dryRun=false&${CREATE}`), sandmoor.tokens.coordinator, await messyWorkbook(), 'plan.xlsx');
    const westmere = await createWorld(server, 'Westmere');
    const listed = await westmere.clients.coordinator.ok(graphql(`query ExchangeImportCouncilsAgencies { agencies { name } }`));
    const names = listed.agencies.map((a) => a.name);
    for (const name of [SMBC, POLICE, BOARD, FIRE, ICB, HOPE, CHURCHES]) expect(names).not.toContain(name);

    const before = await rowCounts(server, WRITTEN_TABLES);
    const dry = await upload(server, importUrl(westmere.planId, 'dryRun=true'), westmere.tokens.coordinator, windows1252(councilCsv()), 'plan.csv');
    expect(dry.json!.problems.filter((p: { code: string }) => p.code === 'UNKNOWN_AGENCY').length).toBeGreaterThan(0);
    expect(dry.json).toMatchObject({ created: { agencies: 0, agencyLinks: 0, actions: 0 }, agencies: [], actions: [] });
    expect(await rowCounts(server, WRITTEN_TABLES)).toEqual(before);

    // Creating them makes Westmere's own (all seven: "Safeguarding Adults and Children Board and Sandmoor
    // Metropolitan Borough Council" splits because each name stands alone elsewhere in the file); Sandmoor's list is untouched.
    const sandmoorAgencies = await agencyKinds(sandmoor);
    const res = await upload(server, importUrl(westmere.planId, `dryRun=false&${CREATE}`), westmere.tokens.coordinator, windows1252(councilCsv()), 'plan.csv');
    expect(res.json).toMatchObject({ applied: true, problems: [], created: { agencies: 7, agencyLinks: 0 } });
    expect(asRead(await readPlan(westmere, westmere.planId), westmere)).toEqual(sortedExpected);
    expect(await agencyKinds(sandmoor)).toEqual(sandmoorAgencies);
    const hopeOf = async (world: World) =>
      (
        await server.db.query<{ id: string; owner_partnership_id: string }>(
          'SELECT a.id, a.owner_partnership_id FROM agency a JOIN partnership_agency pa ON pa.agency_id = a.id WHERE pa.partnership_id = $1 AND a.name = $2',
          [world.partnershipId, HOPE],
        )
      ).rows;
    const [ours, theirs] = [await hopeOf(westmere), await hopeOf(sandmoor)];
    expect(ours).toEqual([{ id: expect.any(String) as unknown, owner_partnership_id: westmere.partnershipId }]);
    expect(theirs).toEqual([{ id: expect.any(String) as unknown, owner_partnership_id: sandmoor.partnershipId }]);
    expect(ours[0].id).not.toBe(theirs[0].id);
  });

  it('a dry run with problems lists them and what it read, counts and lists nothing to do, and writes nothing', async () => {
    const world = await council('Sandmoor broken');
    const rows = PLAN.map((r) => (r.ref === '3.2' ? { ...r, due: 'end of Q4' } : r.ref === '4.1' ? { ...r, lead: 'Northshire Probation' } : r));
    const before = await rowCounts(server, WRITTEN_TABLES);
    for (const dryRun of ['true', 'false']) {
      const res = await upload(
        server,
        importUrl(world.planId, `dryRun=${dryRun}&createMissingAgencies=false`),
        world.tokens.coordinator,
        windows1252(councilCsv(rows)),
        'plan.csv',
      );
      const problems = (dryRun === 'true' ? res.json!.problems : res.json!.error.problems).map((p: { row: number; field: string; code: string }) => [
        p.row,
        p.field,
        p.code,
      ]);
      expect(problems).toEqual(
        expect.arrayContaining([
          [2, 'supportingAgencies', 'UNKNOWN_AGENCY'],
          [7, 'dueDate', 'BAD_DATE'],
          [8, 'leadAgency', 'UNKNOWN_AGENCY'],
        ]),
      );
      if (dryRun === 'true') {
        expect(res.json).toMatchObject({
          applied: false,
          created: { objectives: 0, agencies: 0, agencyLinks: 0, actions: 0, milestones: 0, updates: 0 },
          updated: { actions: 0, milestones: 0 },
          unchanged: 0,
          objectives: [],
          agencies: [],
          actions: [],
        });
        expect(res.json!.parsedAgencies).toHaveLength(8);
      } else {
        expect(res.status).toBe(400);
      }
    }
    expect(await rowCounts(server, WRITTEN_TABLES)).toEqual(before);
  });

  it("the board pack's All actions sheet and its CSV read back in change nothing", async () => {
    const world = await council('Sandmoor pack');
    await upload(server, importUrl(world.planId, `dryRun=false&${CREATE}`), world.tokens.coordinator, await messyWorkbook(), 'plan.xlsx');
    for (const format of ['xlsx', 'csv']) {
      const pack = await restGet(server, `/api/plans/${world.planId}/board-pack.${format}`, world.tokens.coordinator);
      expect(pack.status).toBe(200);
      const res = await upload(server, importUrl(world.planId, 'dryRun=true'), world.tokens.coordinator, pack.bytes, `pack.${format}`);
      expect(res.json).toMatchObject({
        problems: [],
        created: { objectives: 0, agencies: 0, agencyLinks: 0, actions: 0, milestones: 0, updates: 0 },
        updated: { actions: 0, milestones: 0 },
        unchanged: 8,
      });
      if (format === 'xlsx') expect(res.json!.file.sheet).toBe('All actions');
      expect(res.json!.warnings.map((w: { code: string; column: string | null }) => [w.code, w.column])).toContainEqual(['COLUMN_IGNORED', 'RAG']);
    }
  });
});

describe('agencies: coordinators see their own, admins correct and merge them', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
  });
  afterAll(() => server.close());

  const UPDATE = graphql(
    `mutation ExchangeImportCouncilsUpdateAgency($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id name kind shared } }`,
  );
  const MERGE = graphql(
    `mutation ExchangeImportCouncilsMergeAgencies($keepId: ID!, $mergeId: ID!) { mergeAgencies(keepId: $keepId, mergeId: $mergeId) { id name } }`,
  );

  it("a coordinator lists their partnership's agencies and shared ones, finds another by exact name and adds it", async () => {
    const a = await createWorld(server, 'North');
    const b = await createWorld(server, 'South');
    const privateToA = await createAgency(a.clients.coordinator, 'North Youth Justice Service', 'PROBATION', a.partnershipId);
    const shared = await createAgency(a.clients.admin, 'National Crime Agency', 'POLICE');
    const names = (await b.clients.coordinator.ok(graphql(`query ExchangeImportCouncilsAgencies2 { agencies { id } }`))).agencies.map((x) => x.id);
    expect(names).toContain(shared);
    expect(names).not.toContain(privateToA);
    expect(names).not.toContain(a.agencies.police);

    const found = await b.clients.coordinator.ok(graphql(`query ExchangeImportCouncilsAgencyByName($n: String!) { agencyByName(name: $n) { id } }`), {
      n: '  north youth justice   service ',
    });
    expect(found.agencyByName).toEqual({ id: privateToA });
    expect(
      (await b.clients.coordinator.ok(graphql(`query ExchangeImportCouncilsAgencyByName($n: String!) { agencyByName(name: $n) { id } }`), { n: 'North Youth' }))
        .agencyByName,
    ).toBeNull();
    expect(
      (
        await b.clients.police.request(graphql(`query ExchangeImportCouncilsAgencyByName($n: String!) { agencyByName(name: $n) { id } }`), {
          n: 'North Youth Justice Service',
        })
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    await b.clients.coordinator.ok(
      graphql(`mutation ExchangeImportCouncilsAddAgencyToPartnership($input: AddAgencyToPartnershipInput!) { addAgencyToPartnership(input: $input) { id } }`),
      {
        input: { partnershipId: b.partnershipId, agencyId: privateToA },
      },
    );
    expect((await b.clients.coordinator.ok(graphql(`query ExchangeImportCouncilsAgencies2 { agencies { id } }`))).agencies.map((x) => x.id)).toContain(privateToA);
  });

  it('updateAgency: an admin renames, re-kinds and shares; others are refused and nothing is written', async () => {
    const world = await createWorld(server, 'Kinds');
    const id = await createAgency(world.clients.admin, 'Hope for Justice', 'OTHER', world.partnershipId);
    const other = await createWorld(server, 'Other');
    const audit = await server.count('audit_event', "operation = 'updateAgency'");
    expect((await world.clients.coordinator.request(UPDATE, { id, input: { kind: 'VOLUNTARY' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.client.request(UPDATE, { id, input: { kind: 'VOLUNTARY' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await world.clients.admin.request(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { kind: 'VOLUNTARY' } })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await world.clients.admin.request(UPDATE, { id, input: { name: await nameOf(world, world.agencies.police) } })).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
    expect(await server.count('audit_event', "operation = 'updateAgency'")).toBe(audit);

    const res = await world.clients.admin.ok(UPDATE, { id, input: { name: 'Hope for Justice Sandmoor', kind: 'VOLUNTARY', shared: true } });
    expect(res.updateAgency).toEqual({ id, name: 'Hope for Justice Sandmoor', kind: 'VOLUNTARY', shared: true });
    expect(await server.count('audit_event', "operation = 'updateAgency' AND entity_id = $1", [id])).toBe(1);
    expect((await other.clients.coordinator.ok(graphql(`query ExchangeImportCouncilsAgencies2 { agencies { id } }`))).agencies.map((x) => x.id)).toContain(id);
  });

  async function nameOf(world: World, id: string): Promise<string> {
    const { agencies } = await world.clients.admin.ok(graphql(`query ExchangeImportCouncilsAgencies3 { agencies { id name } }`));
    return agencies.find((a) => a.id === id)!.name;
  }

  it('mergeAgencies moves memberships, led and supported actions, users and returns to the agency kept, and deletes the duplicate', async () => {
    const world = await createWorld(server, 'Merge');
    const other = await createWorld(server, 'Merge other');
    const duplicate = await createAgency(world.clients.admin, 'Westmere Constabulary', 'POLICE', world.partnershipId);
    await world.clients.admin.ok(
      graphql(`mutation ExchangeImportCouncilsAddAgencyToPartnership($input: AddAgencyToPartnershipInput!) { addAgencyToPartnership(input: $input) { id } }`),
      {
        input: { partnershipId: other.partnershipId, agencyId: duplicate },
      },
    );
    const keep = world.agencies.police;
    const create = graphql(`mutation ExchangeImportCouncilsCreateAction($input: CreateActionInput!) { createAction(input: $input) { id } }`);
    const base = { deliveryPlanId: world.planId, objectiveId: world.objectives.pursue, title: 'Disrupt', dueDate: '2026-06-30' };
    const led = (
      await world.clients.coordinator.ok(create, { input: { ...base, ref: 'M1', leadAgencyId: duplicate, supportingAgencyIds: [keep, world.agencies.council] } })
    ).createAction.id;
    const supported = (
      await world.clients.coordinator.ok(create, { input: { ...base, ref: 'M2', leadAgencyId: world.agencies.council, supportingAgencyIds: [duplicate] } })
    ).createAction.id;
    const both = (
      await world.clients.coordinator.ok(create, { input: { ...base, ref: 'M3', leadAgencyId: world.agencies.council, supportingAgencyIds: [duplicate, keep] } })
    ).createAction.id;
    const userId = (
      await world.clients.admin.ok(graphql(`mutation ExchangeImportCouncilsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`), {
        input: { email: 'constable@tracker.test', name: 'Constable', password: 'password-for-tests', agencyId: duplicate },
      })
    ).createUser.id;
    await server.db.query(
      `INSERT INTO progress_update (partnership_id, action_id, author_id, agency_id, reported_on, narrative, percent_complete, status)
       VALUES ($1, $2, $3, $4, '2025-09-30', 'Started', 10, 'IN_PROGRESS')`,
      [world.partnershipId, led, userId, duplicate],
    );

    // Refused: into itself (BAD_USER_INPUT on mergeId), unknown ids, a coordinator; nothing written.
    const before = await rowCounts(server, ['agency', 'partnership_agency', 'action_supporting_agency', 'audit_event']);
    const self = await world.clients.admin.request(MERGE, { keepId: duplicate, mergeId: duplicate });
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(self.errors?.[0].extensions)).toContain('mergeId');
    expect((await world.clients.admin.request(MERGE, { keepId: keep, mergeId: '00000000-0000-4000-8000-000000000000' })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await world.clients.coordinator.request(MERGE, { keepId: keep, mergeId: duplicate })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await rowCounts(server, ['agency', 'partnership_agency', 'action_supporting_agency', 'audit_event'])).toEqual(before);

    const merged = await world.clients.admin.ok(MERGE, { keepId: keep, mergeId: duplicate });
    expect(merged.mergeAgencies.id).toBe(keep);
    expect(await server.count('agency', 'id = $1', [duplicate])).toBe(0);
    const lead = async (id: string) =>
      (await server.db.query<{ lead_agency_id: string | null }>('SELECT lead_agency_id FROM action WHERE id = $1', [id])).rows[0].lead_agency_id;
    const supporting = async (id: string) =>
      (await server.db.query('SELECT agency_id FROM action_supporting_agency WHERE action_id = $1 ORDER BY agency_id', [id])).rows.map(
        (r: { agency_id: string }) => r.agency_id,
      );
    expect(await lead(led)).toBe(keep);
    // Led by the agency kept now, so it no longer also supports M1.
    expect(await supporting(led)).toEqual([world.agencies.council]);
    expect(await supporting(supported)).toEqual([keep]);
    expect(await supporting(both)).toEqual([keep]);
    expect((await server.db.query<{ agency_id: string | null }>('SELECT agency_id FROM user_account WHERE id = $1', [userId])).rows[0].agency_id).toBe(keep);
    expect(await server.count('progress_update', 'action_id = $1 AND agency_id = $2', [led, keep])).toBe(1);
    expect(await server.count('partnership_agency', 'agency_id = $1 AND partnership_id = $2', [keep, other.partnershipId])).toBe(1);
    expect(await server.count('audit_event', "operation = 'mergeAgencies' AND entity_id = $1", [keep])).toBe(1);
    // The plan's history names the agency kept too, so past reports keep their agencies.
    expect(await server.count('action_version', 'lead_agency_id = $1', [duplicate])).toBe(0);
    expect(await server.count('action_supporting_version', 'agency_id = $1', [duplicate])).toBe(0);
    expect(await server.count('action_version', 'action_id = $1 AND lead_agency_id <> $2', [led, keep])).toBe(0);
    expect(await server.count('action_supporting_version', 'action_id = $1 AND agency_id = $2', [supported, keep])).toBeGreaterThan(0);
    // Still append-only outside a merge.
    await expect(server.db.query('UPDATE progress_update SET agency_id = $1 WHERE action_id = $2', [world.agencies.council, led])).rejects.toThrow(/append-only/);
  });
});
