import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { graphql } from '../generated';
import { rowCounts } from '../support/db-assertions';
import { restGet, upload } from '../support/exchange-http';
import { wideSheetXlsx, zipBombXlsx } from '../support/hostile-files';
import { createPlan, createWorld, World } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * Importing a delivery plan spreadsheet: a realistic 40-action plan written by the test with exceljs
 * and csv-stringify, imported from both formats, checked through the public API, re-imported with
 * no effect, then broken files, updates, permissions and limits. The clock is fixed at 15 June 2025.
 */

const NOW = '2025-06-15T09:00:00Z';
const TODAY = '2025-06-15';
const WRITTEN_TABLES = ['action', 'action_supporting_agency', 'milestone', 'progress_update', 'objective', 'agency', 'partnership_agency', 'audit_event'];

/** One action of the test plan, as a coordinator would type it. */
interface PlanRow {
  ref: string;
  pillar: string;
  objectiveCode: string;
  objectiveTitle: string;
  title: string;
  description: string;
  successMeasure: string;
  leadAgency: string;
  supporting: string[];
  startDate: string | null;
  dueDate: string;
  milestones: { title: string; dueDate: string }[];
  status: string | null;
  percent: number | null;
  rag: string | null;
  narrative: string | null;
  reportedOn: string | null;
}

const ACTION_TITLES = [
  'Deliver modern slavery awareness training to frontline housing officers',
  'Embed modern slavery clauses in council contracts over £100k',
  'Run joint inspections of hand car washes with the GLAA',
  'Increase the use of Slavery and Trafficking Prevention Orders',
  'Publish a single NRM referral pathway for first responders',
  'Commission safe-house and move-on accommodation for adult survivors',
  'Give every eligible child an Independent Child Trafficking Guardian',
  'Publish the annual modern slavery transparency statement',
  'Agree a multi-agency response plan for a large-scale incident',
  'Produce a partnership problem profile from shared data',
];
const PILLARS: [string, string, string][] = [
  ['Prevent', 'PV1', 'PREVENT objective'],
  ['Pursue', 'PU1', 'PURSUE objective'],
  ['Protect', 'PT1', 'PROTECT objective'],
  ['Prepare', 'PR1', 'PREPARE objective'],
  ['Prevent', 'PV2', 'Slavery-free supply chains'],
];

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const uk = (date: string) => date.split('-').reverse().join('/');
const excelSerial = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000) + 25569;

/** Forty actions over the four P's and a new objective PV2, led by the world's agencies and one new agency. */
function plan40(agencies: string[], newAgency: string): PlanRow[] {
  return Array.from({ length: 40 }, (_, i) => {
    const [pillar, objectiveCode, objectiveTitle] = PILLARS[i % 5];
    const lead = i % 13 === 12 ? newAgency : agencies[i % agencies.length];
    const supporting = [agencies[(i + 1) % agencies.length], agencies[(i + 3) % agencies.length]].filter((a) => a !== lead).slice(0, i % 3);
    const due = iso(2025 + (i % 2), 1 + (i % 12), 1 + ((i * 7) % 28));
    const start = i % 4 === 0 ? null : iso(2024, 1 + (i % 12), 1);
    const kind = i % 4;
    return {
      ref: `${(i % 5) + 1}.${Math.floor(i / 5) + 1}`,
      pillar,
      objectiveCode,
      objectiveTitle,
      title: `${ACTION_TITLES[i % ACTION_TITLES.length]}${i >= 10 ? ` (phase ${Math.floor(i / 10) + 1})` : ''}`,
      description: `Action ${i + 1} of the partnership delivery plan.\nAgreed at the board.`,
      successMeasure: `Measure ${i + 1}: evidence reported to the board quarterly`,
      leadAgency: lead,
      supporting,
      startDate: start,
      dueDate: due,
      milestones:
        i % 3 === 0
          ? [
              { title: `Scope agreed for action ${i + 1}`, dueDate: iso(2025, 3, 31) },
              { title: 'Report to the board', dueDate: iso(2025, 9, 30) },
            ]
          : [],
      status: kind === 0 ? null : kind === 1 ? 'In progress' : kind === 2 ? 'Completed' : 'On hold',
      percent: kind === 0 ? null : kind === 1 ? 30 : kind === 2 ? 100 : 45,
      rag: kind === 2 ? 'Blue' : kind === 3 ? 'Amber' : null,
      narrative: kind === 3 ? 'Paused pending the budget review' : null,
      reportedOn: kind === 1 ? iso(2025, 5, 31) : null,
    };
  });
}

/**
 * The plan as a workbook the way partnerships keep them: a title row above the header, synonyms
 * for headers, an extra "Notes" column, date cells, a percentage cell and Excel serial dates.
 */
async function planXlsx(rows: PlanRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Read me').getCell('A1').value = 'Delivery plan 2024-2026';
  const sheet = workbook.addWorksheet('Delivery plan');
  sheet.addRow(['Northshire Modern Slavery Partnership: delivery plan']);
  sheet.addRow([]);
  sheet.addRow([
    'Ref',
    'Pillar',
    'Objective',
    'Objective title',
    'Action',
    'Description',
    'Success measures',
    'Lead organisation',
    'Supporting partners',
    'Start',
    'Target date',
    'Key milestones',
    'Status',
    '% complete',
    'RAG',
    'Latest update',
    'Last updated',
    'Notes',
  ]);
  for (const r of rows) {
    const row = sheet.addRow([
      r.ref,
      r.pillar,
      r.objectiveCode,
      r.objectiveTitle,
      r.title,
      r.description,
      r.successMeasure,
      r.leadAgency,
      r.supporting.join('\n'),
      r.startDate ? new Date(`${r.startDate}T00:00:00Z`) : null,
      new Date(`${r.dueDate}T00:00:00Z`),
      r.milestones.map((m) => `${m.title} (${uk(m.dueDate)})`).join('\n'),
      r.status,
      r.percent === null ? null : r.percent / 100,
      r.rag,
      r.narrative,
      r.reportedOn ? excelSerial(r.reportedOn) : null,
      'internal note',
    ]);
    row.getCell(10).numFmt = 'dd/mm/yyyy';
    row.getCell(11).numFmt = 'dd/mm/yyyy';
    row.getCell(14).numFmt = '0%';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same plan as CSV with the template's headers, UK and ISO dates, "30%" percentages. */
function planCsv(rows: PlanRow[], change: (r: PlanRow) => PlanRow = (r) => r): Buffer {
  const header = [
    'Ref',
    'Pillar',
    'Objective code',
    'Objective title',
    'Action',
    'Description',
    'Success measure',
    'Lead agency',
    'Supporting agencies',
    'Start date',
    'Due date',
    'Milestones',
    'Status',
    '% complete',
    'RAG',
    'Latest update',
    'Reported on',
  ];
  const body = rows
    .map(change)
    .map((r) => [
      r.ref,
      r.pillar.toUpperCase(),
      r.objectiveCode,
      r.objectiveTitle,
      r.title,
      r.description,
      r.successMeasure,
      r.leadAgency.toLowerCase(),
      r.supporting.join('; '),
      r.startDate ?? '',
      uk(r.dueDate),
      r.milestones.map((m) => `${m.title} - due ${m.dueDate}`).join('; '),
      r.status ?? '',
      r.percent === null ? '' : `${r.percent}%`,
      r.rag ?? '',
      r.narrative ?? '',
      r.reportedOn ? uk(r.reportedOn) : '',
    ]);
  return Buffer.from(stringify([header, ...body]), 'utf8');
}

const PLAN_QUERY = graphql(`query ExchangeImportDeliveryPlan($id: ID!) {
  deliveryPlan(id: $id) {
    actions {
      id ref title description successMeasure startDate dueDate version status progress lastReportedOn
      objective { code pillar title }
      leadAgency { name }
      supportingAgencies { name }
      milestones { title dueDate completedOn }
      updates { reportedOn status percentComplete rag narrative author { id } }
    }
  }
}`);

interface ActionRead {
  id: string;
  ref: string;
  title: string;
  description: string | null;
  successMeasure: string | null;
  startDate: string | null;
  dueDate: string;
  version: number;
  status: string;
  progress: number;
  lastReportedOn: string | null;
  objective: { code: string; pillar: string; title: string };
  leadAgency: { name: string };
  supportingAgencies: { name: string }[];
  milestones: { title: string; dueDate: string; completedOn: string | null }[];
  updates: { reportedOn: string; status: string; percentComplete: number; rag: string | null; narrative: string; author: { id: string } }[];
}

describe('delivery plan import', () => {
  let server: TestServer;
  let world: World;
  let agencyNames: string[];
  let newAgency: string;
  let rows: PlanRow[];

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
    world = await createWorld(server, 'Import');
    const { partnership } = await world.clients.coordinator.ok(graphql(`query ExchangeImportPartnership($id: ID!) { partnership(id: $id) { agencies { name } } }`), {
      id: world.partnershipId,
    });
    agencyNames = partnership!.agencies.map((a) => a.name);
    newAgency = `Northshire Business Network ${world.partnershipId.slice(0, 6)}`;
    rows = plan40(agencyNames, newAgency);
  });
  afterAll(() => server.close());

  const importUrl = (planId: string, query: string) => `/api/plans/${planId}/import?${query}`;
  const readPlan = async (planId: string): Promise<ActionRead[]> => (await world.clients.coordinator.ok(PLAN_QUERY, { id: planId })).deliveryPlan!.actions;
  const newPlan = async (title: string): Promise<string> => (await createPlan(world, title)).planId;

  /** What a plan holds, without ids, in a form two imports of the same plan can be compared by. */
  const essence = (actions: ActionRead[]) =>
    actions.map((a) => ({
      ref: a.ref,
      title: a.title,
      description: a.description,
      successMeasure: a.successMeasure,
      startDate: a.startDate,
      dueDate: a.dueDate,
      objective: a.objective.code,
      lead: a.leadAgency.name,
      supporting: a.supportingAgencies.map((s) => s.name).sort(),
      milestones: a.milestones.map((m) => `${m.title}@${m.dueDate}`),
      status: a.status,
      progress: a.progress,
      updates: a.updates.map((u) => `${u.reportedOn} ${u.status} ${u.percentComplete} ${u.rag}`),
    }));

  describe('a 40-action plan', () => {
    let xlsxPlan: string;
    let xlsx: Buffer;

    beforeAll(async () => {
      xlsxPlan = await newPlan('Imported from xlsx');
      xlsx = await planXlsx(rows);
    });

    it('from .xlsx: a dry run lists what would be created and writes nothing', async () => {
      const before = await rowCounts(server, WRITTEN_TABLES);
      const res = await upload(
        server,
        importUrl(xlsxPlan, 'dryRun=true&createMissingAgencies=true&createMissingObjectives=true'),
        world.tokens.coordinator,
        xlsx,
        'plan.xlsx',
      );
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({
        dryRun: true,
        applied: false,
        file: { name: 'plan.xlsx', format: 'xlsx', sheet: 'Delivery plan', headerRow: 3 },
        rows: 40,
        ignoredColumns: ['Notes'],
        problems: [],
        created: { objectives: 1, agencies: 1, agencyLinks: 0, actions: 40, milestones: 28, updates: 30 },
        updated: { actions: 0, milestones: 0 },
        unchanged: 0,
        objectives: [{ row: 8, code: 'PV2', pillar: 'PREVENT', title: 'Slavery-free supply chains' }],
        agencies: [{ row: 16, name: newAgency, kind: 'BUSINESS', outcome: 'create' }],
      });
      expect(res.json!.columns).toContainEqual({ header: 'Lead organisation', field: 'leadAgency' });
      expect(res.json!.columns).toContainEqual({ header: 'Target date', field: 'dueDate' });
      expect(await rowCounts(server, WRITTEN_TABLES)).toEqual(before);
    });

    it('from .xlsx: creates the actions, objective, agency, milestones and progress updates, with audit events', async () => {
      const res = await upload(
        server,
        importUrl(xlsxPlan, 'dryRun=false&createMissingAgencies=true&createMissingObjectives=true'),
        world.tokens.coordinator,
        xlsx,
        'plan.xlsx',
      );
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({
        dryRun: false,
        applied: true,
        problems: [],
        created: { objectives: 1, agencies: 1, actions: 40, milestones: 28, updates: 30 },
      });

      const actions = await readPlan(xlsxPlan);
      expect(actions).toHaveLength(40);
      const byRef = new Map(actions.map((a) => [a.ref, a]));
      for (const r of rows) {
        const a = byRef.get(r.ref)!;
        expect({
          title: a.title,
          description: a.description,
          successMeasure: a.successMeasure,
          startDate: a.startDate,
          dueDate: a.dueDate,
          objective: a.objective.code,
          pillar: a.objective.pillar,
          lead: a.leadAgency.name,
          supporting: a.supportingAgencies.map((s) => s.name).sort(),
          milestones: a.milestones.map((m) => [m.title, m.dueDate]),
        }).toEqual({
          title: r.title,
          description: r.description,
          successMeasure: r.successMeasure,
          startDate: r.startDate,
          dueDate: r.dueDate,
          objective: r.objectiveCode,
          pillar: r.pillar.toUpperCase(),
          lead: r.leadAgency,
          supporting: [...r.supporting].sort(),
          milestones: r.milestones.map((m) => [m.title, m.dueDate]),
        });
      }
      // Progress columns became progress updates by the importing coordinator, and the action shows the latest.
      const completed = byRef.get('3.1')!; // i = 2
      expect(completed).toMatchObject({ status: 'COMPLETED', progress: 100, lastReportedOn: TODAY });
      expect(completed.updates).toEqual([
        { reportedOn: TODAY, status: 'COMPLETED', percentComplete: 100, rag: null, narrative: 'Imported from "plan.xlsx"', author: { id: world.users.coordinator } },
      ]);
      expect(byRef.get('2.1')!.updates).toMatchObject([{ reportedOn: '2025-05-31', status: 'IN_PROGRESS', percentComplete: 30 }]); // i = 1, Excel serial date
      expect(byRef.get('4.1')!.updates).toMatchObject([{ status: 'ON_HOLD', percentComplete: 45, rag: 'AMBER', narrative: 'Paused pending the budget review' }]);
      expect(byRef.get('1.1')!.updates).toEqual([]);
      expect(actions.filter((a) => a.objective.code === 'PV2').map((a) => a.objective.title)).toEqual(Array(8).fill('Slavery-free supply chains'));

      expect(await server.count('audit_event', "operation = 'importPlan' AND entity_id = $1 AND actor_id = $2", [xlsxPlan, world.users.coordinator])).toBe(1);
      expect(
        await server.count('audit_event', "operation = 'createAction' AND entity_id = ANY($1::text[]) AND actor_id = $2", [
          actions.map((a) => a.id),
          world.users.coordinator,
        ]),
      ).toBe(40);
      expect(await server.count('audit_event', "operation = 'addMilestone' AND after->>'actionId' = ANY($1::text[])", [actions.map((a) => a.id)])).toBe(28);
      expect(await server.count('audit_event', "operation = 'reportProgress' AND after->>'actionId' = ANY($1::text[])", [actions.map((a) => a.id)])).toBe(30);
      expect(await server.count('audit_event', "operation = 'createAgency' AND after->>'name' = $1", [newAgency])).toBe(1);
    });

    it('from .xlsx again: changes nothing the second time', async () => {
      const before = await rowCounts(server, WRITTEN_TABLES);
      const versions = (await readPlan(xlsxPlan)).map((a) => a.version);
      const res = await upload(
        server,
        importUrl(xlsxPlan, 'dryRun=false&createMissingAgencies=true&createMissingObjectives=true'),
        world.tokens.coordinator,
        xlsx,
        'plan.xlsx',
      );
      expect(res.json).toMatchObject({
        applied: true,
        problems: [],
        created: { objectives: 0, agencies: 0, agencyLinks: 0, actions: 0, milestones: 0, updates: 0 },
        updated: { actions: 0, milestones: 0 },
        unchanged: 40,
      });
      expect(await rowCounts(server, WRITTEN_TABLES)).toEqual(before);
      expect((await readPlan(xlsxPlan)).map((a) => a.version)).toEqual(versions);
    });

    it('from .csv: gives the same plan, and is idempotent too', async () => {
      const csvPlan = await newPlan('Imported from csv');
      const csv = planCsv(rows);
      const first = await upload(server, importUrl(csvPlan, 'dryRun=false'), world.tokens.coordinator, csv, 'plan.csv');
      expect(first.status).toBe(200);
      // The objective and the agency exist now (the xlsx import made them), so nothing else is created.
      expect(first.json).toMatchObject({
        applied: true,
        file: { format: 'csv', headerRow: 1 },
        rows: 40,
        created: { objectives: 0, agencies: 0, actions: 40, milestones: 28, updates: 30 },
      });
      const fromCsv = essence(await readPlan(csvPlan));
      expect(fromCsv).toEqual(essence(await readPlan(xlsxPlan)));

      const before = await rowCounts(server, WRITTEN_TABLES);
      const again = await upload(server, importUrl(csvPlan, 'dryRun=false'), world.tokens.coordinator, csv, 'plan.csv');
      expect(again.json).toMatchObject({ created: { actions: 0, milestones: 0, updates: 0 }, updated: { actions: 0 }, unchanged: 40 });
      expect(await rowCounts(server, WRITTEN_TABLES)).toEqual(before);
    });

    it('updates actions matched by ref and appends progress, keeping history', async () => {
      const planId = await newPlan('Re-planned');
      await upload(server, importUrl(planId, 'dryRun=false'), world.tokens.coordinator, planCsv(rows), 'plan.csv');
      const revised = planCsv(rows, (r) =>
        r.ref === '2.1'
          ? {
              ...r,
              dueDate: '2026-03-31',
              supporting: [],
              status: 'In progress',
              percent: 60,
              narrative: 'Half the sessions delivered',
              reportedOn: '2025-06-14',
              milestones: [
                { title: 'Report to the board', dueDate: '2025-10-31' },
                { title: 'Evaluation', dueDate: '2026-01-31' },
              ],
            }
          : r,
      );
      const dry = await upload(server, importUrl(planId, 'dryRun=true'), world.tokens.coordinator, revised, 'revised.csv');
      expect(dry.json).toMatchObject({ created: { actions: 0, milestones: 2, updates: 1 }, updated: { actions: 1, milestones: 0 }, unchanged: 39 });
      expect(dry.json!.actions.find((a: { ref: string }) => a.ref === '2.1')).toEqual({
        row: 3,
        ref: '2.1',
        // Issue 14: each row shows its agencies as read.
        leadAgency: rows.find((r) => r.ref === '2.1')!.leadAgency,
        supportingAgencies: [],
        outcome: 'update',
        changedFields: ['supportingAgencies', 'dueDate'],
        milestonesAdded: 2,
        milestonesMoved: 0,
        progressUpdate: { reportedOn: '2025-06-14', status: 'IN_PROGRESS', percentComplete: 60, rag: null, narrative: 'Half the sessions delivered' },
      });
      const res = await upload(server, importUrl(planId, 'dryRun=false'), world.tokens.coordinator, revised, 'revised.csv');
      expect(res.json!.applied).toBe(true);
      const action = (await readPlan(planId)).find((a) => a.ref === '2.1')!;
      expect(action).toMatchObject({ dueDate: '2026-03-31', supportingAgencies: [], version: 2, status: 'IN_PROGRESS', progress: 60, lastReportedOn: '2025-06-14' });
      expect(action.updates.map((u) => [u.reportedOn, u.percentComplete])).toEqual([
        ['2025-06-14', 60],
        ['2025-05-31', 30],
      ]);
      expect(action.milestones.map((m) => m.title)).toEqual(['Report to the board', 'Evaluation']);
      expect(await server.count('audit_event', "operation = 'updateAction' AND entity_id = $1", [action.id])).toBe(1);
    });
  });

  describe('a broken file', () => {
    const broken = (): Buffer => {
      const good = plan40(agencyNames, agencyNames[0]).slice(0, 6);
      const header = [
        'Ref',
        'Pillar',
        'Objective code',
        'Action',
        'Lead agency',
        'Supporting agencies',
        'Start date',
        'Due date',
        'Status',
        '% complete',
        'Milestones',
      ];
      const line = (r: PlanRow, over: Partial<Record<string, string>> = {}) => {
        const base: Record<string, string> = {
          Ref: r.ref,
          Pillar: r.pillar,
          'Objective code': r.objectiveCode === 'PV2' ? 'PV1' : r.objectiveCode,
          Action: r.title,
          'Lead agency': r.leadAgency,
          'Supporting agencies': r.supporting.join('; '),
          'Start date': r.startDate ?? '',
          'Due date': uk(r.dueDate),
          Status: '',
          '% complete': '',
          Milestones: '',
        };
        return header.map((h) => over[h] ?? base[h]);
      };
      return Buffer.from(
        stringify([
          header,
          line(good[0]),
          line(good[1], { 'Lead agency': 'Northshire Constabulary' }),
          line(good[2], { 'Due date': '31/02/2026' }),
          line(good[3], { Ref: good[0].ref }),
          line(good[4], { Pillar: 'Protection' }),
          line(good[5], { 'Start date': '2026-06-01', 'Due date': '01/01/2026' }),
          line(good[1], { Ref: '9.1', 'Objective code': 'ZZ9' }),
          line(good[2], { Ref: '9.2', Status: 'Completed', '% complete': '80' }),
          line(good[3], { Ref: '9.3', Pillar: 'Pursue', 'Objective code': 'PV1' }),
          line(good[4], { Ref: '9.4', Milestones: 'Kick-off; Review (2025-09-30)', 'Supporting agencies': 'Fire Brigade Union' }),
          line(good[5], { Ref: '', Action: '' }),
        ]),
        'utf8',
      );
    };

    it('dry run: every problem by row and column, nothing written', async () => {
      const before = await rowCounts(server, WRITTEN_TABLES);
      const res = await upload(server, importUrl(world.planId, 'dryRun=true'), world.tokens.coordinator, broken(), 'broken.csv');
      expect(res.status).toBe(200);
      expect(res.json!.problems.map((p: { row: number; column: string; code: string }) => [p.row, p.column, p.code])).toEqual([
        [3, 'Lead agency', 'UNKNOWN_AGENCY'],
        [4, 'Due date', 'BAD_DATE'],
        [5, 'Ref', 'DUPLICATE_REF'],
        [6, 'Pillar', 'UNKNOWN_PILLAR'],
        [7, 'Due date', 'DUE_BEFORE_START'],
        [8, 'Objective code', 'UNKNOWN_OBJECTIVE'],
        [9, '% complete', 'COMPLETED_NOT_100'],
        [10, 'Pillar', 'PILLAR_MISMATCH'],
        [11, 'Supporting agencies', 'UNKNOWN_AGENCY'],
        [11, 'Milestones', 'BAD_MILESTONE'],
        [12, 'Ref', 'REQUIRED'],
        [12, 'Action', 'REQUIRED'],
      ]);
      for (const p of res.json!.problems) expect(p.message).toEqual(expect.any(String));
      expect(res.json!.problems[2].message).toContain('row 2');
      expect(res.json).toMatchObject({ dryRun: true, applied: false, rows: 11, created: { actions: 0 } });
      expect(await rowCounts(server, WRITTEN_TABLES)).toEqual(before);
    });

    it('real run: BAD_USER_INPUT with the same problems, and nothing written (all or nothing)', async () => {
      const before = await rowCounts(server, WRITTEN_TABLES);
      const res = await upload(server, importUrl(world.planId, 'dryRun=false'), world.tokens.coordinator, broken(), 'broken.csv');
      expect(res.status).toBe(400);
      expect(res.json!.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(res.json!.error.problems).toHaveLength(12);
      expect(await rowCounts(server, WRITTEN_TABLES)).toEqual(before);
    });

    it('a sheet without the required columns names the missing ones on the header row', async () => {
      const csv = Buffer.from('Ref,Action,Owner\n1.1,Train staff,Police\n');
      const res = await upload(server, importUrl(world.planId, 'dryRun=true'), world.tokens.coordinator, csv, 'thin.csv');
      expect(res.json!.problems.map((p: { row: number; column: string; code: string }) => [p.row, p.column, p.code])).toEqual([
        [1, 'Objective code', 'MISSING_COLUMN'],
        [1, 'Due date', 'MISSING_COLUMN'],
      ]);
    });
  });

  describe('files that are not spreadsheets, and limits', () => {
    it.each([
      ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'board.pdf'],
      ['an image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'photo.png'],
      ['an old .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'plan.xls'],
      ['a zip that is no workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'plan.xlsx'],
      ['an empty file', Buffer.alloc(0), 'plan.csv'],
    ])('refuses %s with BAD_USER_INPUT on file', async (_name, body, fileName) => {
      const before = await rowCounts(server, WRITTEN_TABLES);
      const res = await upload(server, importUrl(world.planId, 'dryRun=false'), world.tokens.coordinator, body, fileName);
      expect([res.status, res.json?.error?.code, res.json?.error?.field]).toEqual([400, 'BAD_USER_INPUT', 'file']);
      expect(res.json!.error.message).not.toMatch(/stack|SELECT|at \//);
      expect(await rowCounts(server, WRITTEN_TABLES)).toEqual(before);
    });

    it.each([
      ['a workbook with a value in column XFD', () => wideSheetXlsx(3), 'plan.xlsx', /cell XFD1 is beyond column IV; at most 256 columns are read/],
      ['a zip bomb (a sheet that unpacks to 30 MB)', () => zipBombXlsx(30), 'plan.xlsx', /unpacks to 30(\.\d)? MB; at most 16 MB per part is accepted/],
      [
        'a sheet whose merged cells cover 60,000 cells',
        async () => {
          const workbook = new ExcelJS.Workbook();
          workbook.addWorksheet('Delivery plan').mergeCells('A1:J6000');
          return Buffer.from(await workbook.xlsx.writeBuffer());
        },
        'plan.xlsx',
        // exceljs writes every merged cell: refused by the cell count (the merged ranges count too).
        /more than 50000 cells; at most 50000 cells per sheet are accepted/,
      ],
      [
        'a CSV with a value in column 300',
        async () => Buffer.from(`Ref,Action\n1.1,Train staff${','.repeat(298)}x\n`),
        'plan.csv',
        /Row 2 has a value in column 300; at most 256 columns are read/,
      ],
    ])('refuses %s, naming the limit, and writes nothing', async (_name, build, fileName, message) => {
      const before = await rowCounts(server, WRITTEN_TABLES);
      const res = await upload(server, importUrl(world.planId, 'dryRun=false'), world.tokens.coordinator, await build(), fileName);
      expect([res.status, res.json?.error?.code, res.json?.error?.field]).toEqual([400, 'BAD_USER_INPUT', 'file']);
      expect(res.json!.error.message).toMatch(message);
      expect(await rowCounts(server, WRITTEN_TABLES)).toEqual(before);
    });

    it('ignores empty formatted cells beyond column IV, and blank lines of a CSV, reading the plan as it is', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await planXlsx(rows.slice(0, 3))) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Delivery plan')!;
      for (let r = 1; r <= 6; r += 1) sheet.getCell(r, 16384).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      const wide = await upload(
        server,
        importUrl(world.planId, 'dryRun=true'),
        world.tokens.coordinator,
        Buffer.from(await workbook.xlsx.writeBuffer()),
        'plan.xlsx',
      );
      expect([wide.status, wide.json!.rows, wide.json!.problems]).toEqual([200, 3, []]);
      const csv = Buffer.concat([Buffer.from('\n\n'), planCsv(rows.slice(0, 3)), Buffer.from(',,,\n\n\n'.repeat(1000))]);
      const blank = await upload(server, importUrl(world.planId, 'dryRun=true'), world.tokens.coordinator, csv, 'plan.csv');
      expect([blank.status, blank.json!.rows, blank.json!.problems, blank.json!.file.headerRow]).toEqual([200, 3, [], 3]);
    });

    it('refuses a request without a file, or with bad flags', async () => {
      const none = await fetch(`${server.url}${importUrl(world.planId, 'dryRun=true')}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${world.tokens.coordinator}` },
      });
      expect([none.status, ((await none.json()) as { error: { field: string } }).error.field]).toEqual([400, 'file']);
      const flag = await upload(server, importUrl(world.planId, 'dryRun=maybe'), world.tokens.coordinator, planCsv(rows.slice(0, 1)), 'plan.csv');
      expect([flag.status, flag.json!.error.code, flag.json!.error.field]).toEqual([400, 'BAD_USER_INPUT', 'dryRun']);
    });

    it('refuses a file over 5 MB with 413 and says the limit', async () => {
      const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
      const res = await upload(server, importUrl(world.planId, 'dryRun=true'), world.tokens.coordinator, big, 'big.csv');
      expect([res.status, res.json!.error.code]).toEqual([413, 'BAD_USER_INPUT']);
      expect(res.json!.error.message).toContain('5 MB');
    });

    it('is a dry run unless dryRun=false is given', async () => {
      const before = await rowCounts(server, WRITTEN_TABLES);
      const res = await upload(server, importUrl(world.planId, ''), world.tokens.coordinator, planCsv(rows.slice(0, 3)), 'plan.csv');
      expect(res.json).toMatchObject({ dryRun: true, applied: false, created: { actions: 3 } });
      expect(await rowCounts(server, WRITTEN_TABLES)).toEqual(before);
    });
  });

  describe('permissions', () => {
    it('lets coordinators and admins import; refuses partners, board members, outsiders and anonymous callers', async () => {
      const csv = planCsv(rows.slice(0, 1));
      const other = await createWorld(server, 'Other');
      const outcome = async (token: string | null) => {
        const res = await upload(server, importUrl(world.planId, 'dryRun=true'), token, csv, 'plan.csv');
        return res.status === 200 ? 'ok' : res.json!.error.code;
      };
      expect({
        admin: await outcome(world.tokens.admin),
        coordinator: await outcome(world.tokens.coordinator),
        partner: await outcome(world.tokens.police),
        board: await outcome(world.tokens.board),
        other: await outcome(other.tokens.coordinator),
        anonymous: await outcome(null),
      }).toEqual({ admin: 'ok', coordinator: 'ok', partner: 'FORBIDDEN', board: 'FORBIDDEN', other: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' });
    });
  });

  describe('the template', () => {
    it('.xlsx has every column, an example row using the plan, and imports cleanly as it is', async () => {
      const res = await restGet(server, `/api/plans/${world.planId}/import-template.xlsx`, world.tokens.board);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="delivery-plan-template-.*\.xlsx"/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.bytes as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Delivery plan')!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(headers).toEqual([
        'Ref',
        'Pillar',
        'Objective code',
        'Objective title',
        'Action',
        'Description',
        'Success measure',
        'Lead agency',
        'Supporting agencies',
        'Start date',
        'Due date',
        'Milestones',
        'Status',
        '% complete',
        'RAG',
        'Latest update',
        'Reported on',
      ]);
      expect(sheet.getCell('C2').value).toBe('PV1');
      expect(sheet.getCell('K2').value).toBeInstanceOf(Date);
      expect(workbook.getWorksheet('Guidance')).toBeDefined();

      const check = await upload(server, importUrl(world.planId, 'dryRun=true'), world.tokens.coordinator, res.bytes, 'template.xlsx');
      expect(check.json).toMatchObject({ problems: [], created: { actions: 1, milestones: 2, updates: 1 } });
    });

    it('.csv has the header and example row and imports cleanly too', async () => {
      const res = await restGet(server, `/api/plans/${world.planId}/import-template.csv`, world.tokens.coordinator);
      expect(res.bytes.toString('utf8')).toMatch(/^\uFEFFRef,Pillar,Objective code,/);
      const check = await upload(server, importUrl(world.planId, 'dryRun=true'), world.tokens.coordinator, res.bytes, 'template.csv');
      expect(check.json).toMatchObject({ problems: [], created: { actions: 1 } });
    });

    it('is for members of the partnership only', async () => {
      const anonymous = await restGet(server, `/api/plans/${world.planId}/import-template.xlsx`, null);
      expect(anonymous.status).toBe(401);
    });
  });
});
