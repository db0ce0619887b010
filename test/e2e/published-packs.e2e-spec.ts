import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { ResultOf } from '@graphql-typed-document-node/core';
import ExcelJS from 'exceljs';
import { graphql } from '../generated';
import { pdfText, restGet } from '../support/exchange-http';
import { createAction, createPlan, createWorld, World } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * Published board packs (issue 15): frozen bytes and data with their SHA-256, immutable in the
 * database, downloaded byte for byte with the report's permissions; drift against the live report
 * and comparisons between packs, worked out by hand below.
 *
 * The plan, as of 10 March 2026 (the clock reads 15 March):
 * | ref | P       | lead   | due        | return (reported on)              | derived RAG        | progress |
 * | 1.1 | Prevent | police | 30/06/2026 | 01/03: 40 %, in progress, GREEN   | GREEN              | 40       |
 * | 1.2 | Pursue  | health | 28/02/2026 | 02/03: 10 %, in progress, AMBER   | RED (overdue)      | 10       |
 * Whole plan: progress (40 + 10) / 2 = 25; red 1, green 1. Prevent: progress 40, green 1.
 *
 * After publishing, police back-date a return on 1.1 to 05/03 (60 %, RED) and the coordinator
 * renames 1.2. The live report for 10 March then says: 1.1 progress 60, RED (reported red), last
 * reported 05/03; whole plan progress (60 + 10) / 2 = 35, red 2, green 0; Prevent progress 60, red
 * 1, green 0; 1.2's title. Nothing else.
 *
 * Set PUBLISHED_PACK_PDF=/path/pack.pdf to keep the second published pack for a look
 * (pdftoppm -png -r 60 pack.pdf page).
 */

const NOW = '2026-03-15T10:00:00Z';
const AS_OF = '2026-03-10';
const SINCE = '2026-01-01';

graphql(`fragment PacksPackFields on PublishedBoardPack { id version asOf since boardMeetingId meetingTitle meetingDate reason staleAfterDays dueSoonDays ruleVersion publishedAt
  publishedBy { name } dataSha256 pdf { sha256 bytes path } xlsx { sha256 bytes path } csv { sha256 bytes path } }`);
const PUBLISH = graphql(`mutation PacksPublish($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { ...PacksPackFields } }`);
type Pack = ResultOf<typeof PUBLISH>['publishBoardPack'];
const REPORT = graphql(`mutation PacksReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`);
const DIFFERENCES = graphql(`query PacksPublishedBoardPack($id: ID!) { publishedBoardPack(id: $id) { differences { kind path ref before after } } }`);
const SAVE_COMMENTARY = graphql(
  `mutation PacksSaveBoardPackCommentary($input: SaveBoardPackCommentaryInput!) { saveBoardPackCommentary(input: $input) { version summary prevent updatedAt } }`,
);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const DRIFT = [
  { kind: 'FIGURE', path: 'overall.progress', ref: null, before: '25', after: '35' },
  { kind: 'FIGURE', path: 'overall.byRag.red', ref: null, before: '1', after: '2' },
  { kind: 'FIGURE', path: 'overall.byRag.green', ref: null, before: '1', after: '0' },
  { kind: 'PILLAR', path: 'PREVENT.progress', ref: 'PREVENT', before: '40', after: '60' },
  { kind: 'PILLAR', path: 'PREVENT.byRag.red', ref: 'PREVENT', before: '0', after: '1' },
  { kind: 'PILLAR', path: 'PREVENT.byRag.green', ref: 'PREVENT', before: '1', after: '0' },
  { kind: 'ACTION', path: '1.1.progress', ref: '1.1', before: '40', after: '60' },
  { kind: 'ACTION', path: '1.1.rag', ref: '1.1', before: 'GREEN', after: 'RED' },
  { kind: 'ACTION', path: '1.1.ragReasons', ref: '1.1', before: '', after: 'REPORTED_RED' },
  { kind: 'ACTION', path: '1.1.lastReportedOn', ref: '1.1', before: '2026-03-01', after: '2026-03-05' },
  { kind: 'ACTION', path: '1.2.title', ref: '1.2', before: 'Disrupt exploitation networks', after: 'Disrupt and prosecute exploitation networks' },
];

describe('published board packs', () => {
  let server: TestServer;
  let world: World;
  let action12: { id: string; version: number };
  /** The pack published before anything changed. */
  let first: Pack;
  let firstPdf: Buffer;
  /** Version 2, published after the changes, with a reason. */
  let secondPack: Pack;
  let meetingId: string;

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
    world = await createWorld(server, 'Published Packs');
    const coordinator = world.clients.coordinator;
    const a11 = await createAction(coordinator, world, {
      ref: '1.1',
      title: 'Train frontline staff',
      objectiveId: world.objectives.prevent,
      leadAgencyId: world.agencies.police,
      supportingAgencyIds: [world.agencies.council],
      dueDate: '2026-06-30',
    });
    action12 = await createAction(coordinator, world, {
      ref: '1.2',
      title: 'Disrupt exploitation networks',
      objectiveId: world.objectives.pursue,
      leadAgencyId: world.agencies.health,
      dueDate: '2026-02-28',
    });
    await world.clients.police.ok(REPORT, {
      input: { actionId: a11.id, reportedOn: '2026-03-01', narrative: 'Two sessions held', percentComplete: 40, status: 'IN_PROGRESS', rag: 'GREEN' },
    });
    await world.clients.health.ok(REPORT, {
      input: { actionId: action12.id, reportedOn: '2026-03-02', narrative: 'Waiting for partners', percentComplete: 10, status: 'IN_PROGRESS', rag: 'AMBER' },
    });
    await coordinator.ok(SAVE_COMMENTARY, {
      input: {
        deliveryPlanId: world.planId,
        version: 0,
        summary: 'Training is ahead of plan; disruption work is late.',
        prevent: 'Prevent is on track.',
        pursue: 'Pursue needs partners.',
        protect: '',
        prepare: '',
      },
    });
    meetingId = (
      await coordinator.ok(graphql(`mutation PacksCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }`), {
        input: { partnershipId: world.partnershipId, title: 'Board, Q1 2026', date: '2026-03-20' },
      })
    ).createBoardMeeting.id;
    first = (
      await coordinator.ok(PUBLISH, {
        input: {
          deliveryPlanId: world.planId,
          asOf: AS_OF,
          since: SINCE,
          meetingTitle: 'Partnership board, March 2026',
          meetingDate: '2026-03-20',
          boardMeetingId: meetingId,
        },
      })
    ).publishBoardPack;
    firstPdf = (await restGet(server, first.pdf.path, world.tokens.board)).bytes;

    // After the board: a back-dated return and an edited action.
    await world.clients.police.ok(REPORT, {
      input: { actionId: a11.id, reportedOn: '2026-03-05', narrative: 'Venue lost; sessions cancelled', percentComplete: 60, status: 'IN_PROGRESS', rag: 'RED' },
    });
    await coordinator.ok(
      graphql(
        `mutation PacksUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { version } }`,
      ),
      {
        id: action12.id,
        version: action12.version,
        input: { title: 'Disrupt and prosecute exploitation networks' },
      },
    );
  }, 180_000);
  afterAll(() => server.close());

  it('freezes the pack with its dates, meeting, settings in force, rule version, publisher and hashes', () => {
    expect(first).toMatchObject({
      version: 1,
      asOf: AS_OF,
      since: SINCE,
      boardMeetingId: meetingId,
      meetingTitle: 'Partnership board, March 2026',
      meetingDate: '2026-03-20',
      reason: null,
      ruleVersion: 'rules-2026-11',
      publishedAt: NOW.replace('Z', '.000Z'),
      publishedBy: { name: 'Coordinator' },
    });
    expect(first.staleAfterDays).toBeGreaterThan(0);
    expect(first.pdf.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first.pdf.path).toBe(`/api/published-packs/${first.id}.pdf`);
  });

  it.each(['pdf', 'xlsx', 'csv', 'json'] as const)('serves the .%s byte for byte, its SHA-256 as ETag, after the plan has changed', async (format) => {
    const res = await restGet(server, `/api/published-packs/${first.id}.${format}`, world.tokens.board);
    expect(res.status).toBe(200);
    const expected = format === 'json' ? first.dataSha256 : first[format].sha256;
    expect(sha256(res.bytes)).toBe(expected);
    expect(res.headers.get('etag')).toBe(`"${expected}"`);
    expect(res.headers.get('x-content-sha256')).toBe(expected);
    if (format !== 'json') expect(res.bytes.length).toBe(first[format].bytes);
    if (format === 'pdf') expect(res.bytes.equals(firstPdf)).toBe(true);
    if (format === 'json') expect(JSON.parse(res.bytes.toString('utf8'))).toMatchObject({ asOf: AS_OF, overall: { progress: 25, byRag: { red: 1, green: 1 } } });
  });

  it('gives a signed link that serves the same bytes without an Authorization header, and only while the holder may read the plan', async () => {
    const { publishedBoardPackUrl } = await world.clients.board.ok(
      graphql(`query PacksPublishedBoardPackUrl($id: ID!) { publishedBoardPackUrl(id: $id, format: XLSX) }`),
      { id: first.id },
    );
    expect(publishedBoardPackUrl).toMatch(/\/api\/downloads\/board-pack\?token=/);
    const res = await restGet(server, publishedBoardPackUrl, null);
    expect([res.status, sha256(res.bytes), res.headers.get('etag')]).toEqual([200, first.xlsx.sha256, `"${first.xlsx.sha256}"`]);
    const other = await createWorld(server, 'Link Outsiders');
    const refused = await other.clients.coordinator.request(graphql(`query PacksPublishedBoardPackUrl2($id: ID!) { publishedBoardPackUrl(id: $id, format: PDF) }`), {
      id: first.id,
    });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('answers 304 to a client that already holds the bytes', async () => {
    const res = await fetch(`${server.url}${first.pdf.path}`, {
      headers: { authorization: `Bearer ${world.tokens.police}`, 'if-none-match': `"${first.pdf.sha256}"` },
    });
    expect(res.status).toBe(304);
  });

  it('lists exactly the drift between the frozen data and the live report for its dates', async () => {
    const { publishedBoardPack } = await world.clients.board.ok(DIFFERENCES, { id: first.id });
    expect(publishedBoardPack.differences).toEqual(DRIFT);
  });

  it('makes the live pack for the same dates say whether it still matches the published one, and list what differs', async () => {
    const other = await createPlan(world, 'Second plan');
    const action = await createAction(world.clients.coordinator, other, {
      ref: '7.1',
      title: 'Map referral routes',
      leadAgencyId: world.agencies.police,
      dueDate: '2026-12-31',
    });
    await world.clients.police.ok(REPORT, {
      input: { actionId: action.id, reportedOn: '2026-02-01', narrative: 'Started', percentComplete: 20, status: 'IN_PROGRESS' },
    });
    await world.clients.coordinator.ok(PUBLISH, { input: { deliveryPlanId: other.planId, asOf: '2026-02-28' } });
    const live = async () => (await pdfText((await restGet(server, `/api/plans/${other.planId}/board-pack.pdf?asOf=2026-02-28`, world.tokens.board)).bytes)).text;
    expect(await live()).toContain('Matches the pack published on 15 March 2026 (version 1).');

    await world.clients.police.ok(REPORT, {
      input: { actionId: action.id, reportedOn: '2026-02-20', narrative: 'Late return: further on', percentComplete: 50, status: 'IN_PROGRESS' },
    });
    const text = await live();
    // Whole plan and Prevent progress 20 -> 50, and the action's progress and last update: 4 differences.
    expect(text).toMatch(/Differs from the pack published on 15 March 2026 \(version 1\): 4\s+differences/);
    expect(text).toContain('Differences from the published pack');
    expect(text).toMatch(/Action 7\.1\s+Last update\s+01\/02\/2026\s+20\/02\/2026/);
  });

  it('is refused by the database itself: UPDATE, DELETE and TRUNCATE', async () => {
    await expect(server.db.query('UPDATE published_board_pack SET reason = $2 WHERE id = $1', [first.id, 'tampered'])).rejects.toThrow(/append-only/);
    await expect(server.db.query("UPDATE published_board_pack SET pdf = '\\x00'::bytea WHERE id = $1", [first.id])).rejects.toThrow(/append-only/);
    await expect(server.db.query('DELETE FROM published_board_pack WHERE id = $1', [first.id])).rejects.toThrow(/append-only/);
    await expect(server.db.query('TRUNCATE published_board_pack')).rejects.toThrow(/append-only/);
    const { rows } = await server.db.query('SELECT encode(sha256(pdf), $2) AS hash, reason FROM published_board_pack WHERE id = $1', [first.id, 'hex']);
    expect(rows).toEqual([{ hash: first.pdf.sha256, reason: null }]);
  });

  it('publishes the same dates again only with a reason, as the next version; the old one stays and the two compare', async () => {
    const coordinator = world.clients.coordinator;
    const refused = await coordinator.request(PUBLISH, { input: { deliveryPlanId: world.planId, asOf: AS_OF, since: SINCE } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });

    const { publishBoardPack: second } = await coordinator.ok(PUBLISH, {
      input: { deliveryPlanId: world.planId, asOf: AS_OF, since: SINCE, reason: 'A late return from the police' },
    });
    expect(second).toMatchObject({ version: 2, reason: 'A late return from the police', asOf: AS_OF });
    expect(second.pdf.sha256).not.toBe(first.pdf.sha256);

    const { publishedBoardPacks } = await world.clients.board.ok(
      graphql(`query PacksPublishedBoardPacks($plan: ID!) { publishedBoardPacks(deliveryPlanId: $plan) { id version } }`),
      { plan: world.planId },
    );
    expect(publishedBoardPacks).toEqual([
      { id: second.id, version: 2 },
      { id: first.id, version: 1 },
    ]);
    expect(sha256((await restGet(server, first.pdf.path, world.tokens.board)).bytes)).toBe(first.pdf.sha256);

    const { compareBoardPacks } = await world.clients.board.ok(
      graphql(
        `query PacksCompareBoardPacks($from: ID!, $to: ID!) { compareBoardPacks(fromId: $from, toId: $to) { from { version } to { version } differences { kind path ref before after } } }`,
      ),
      { from: first.id, to: second.id },
    );
    expect(compareBoardPacks).toEqual({ from: { version: 1 }, to: { version: 2 }, differences: DRIFT });
    const { publishedBoardPack } = await world.clients.board.ok(DIFFERENCES, { id: second.id });
    expect(publishedBoardPack.differences).toEqual([]);

    const audit = await server.count('audit_event', "operation = 'publishBoardPack' AND entity_id = $1", [second.id]);
    expect(audit).toBe(1);
    secondPack = second;
  });

  describe('the published XLSX', () => {
    let workbook: ExcelJS.Workbook;
    beforeAll(async () => {
      workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await restGet(server, secondPack.xlsx.path, world.tokens.board)).bytes as unknown as ArrayBuffer);
    });

    it('has the commentary, what changed since the last board and a key, beside the report sheets', () => {
      expect(workbook.worksheets.map((w) => w.name)).toEqual([
        'Summary',
        'Commentary',
        'Since last board',
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
      const commentary = workbook.getWorksheet('Commentary')!;
      expect([commentary.getCell('A3').value, commentary.getCell('B3').value]).toEqual(['Executive summary', 'Training is ahead of plan; disruption work is late.']);
      expect([commentary.getCell('A4').value, commentary.getCell('B4').value]).toEqual(['Prevent', 'Prevent is on track.']);
      const since = workbook.getWorksheet('Since last board')!;
      expect(since.getRow(2).values).toEqual([undefined, 'Whole plan', null, 'progress', '25', '35'].map((v) => v ?? undefined));
      const key = workbook.getWorksheet('Key')!;
      expect(key.getCell('A3').value).toBe('Red');
      expect((key.getCell('A3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC0392B');
      expect(key.getCell('B12').value).toBe('staleAfterDays 30, dueSoonDays 30, rule version rules-2026-11.');
    });

    it('prints every sheet landscape and fit to width, with its header rows repeated; wide action sheets two or three pages wide with ref and title on each', () => {
      for (const sheet of workbook.worksheets) {
        expect([sheet.name, sheet.pageSetup.orientation, sheet.pageSetup.fitToPage, sheet.pageSetup.fitToHeight]).toEqual([sheet.name, 'landscape', true, 0]);
      }
      expect(workbook.getWorksheet('Summary')!.pageSetup.printTitlesRow).toBe('9:9');
      expect(workbook.getWorksheet('By agency')!.pageSetup).toMatchObject({ printTitlesRow: '1:1', fitToWidth: 1 });
      expect(workbook.getWorksheet('Overdue actions')!.pageSetup).toMatchObject({ printTitlesRow: '1:1', printTitlesColumn: 'A:B', fitToWidth: 2 });
      expect(workbook.getWorksheet('All actions')!.pageSetup).toMatchObject({ printTitlesRow: '1:1', printTitlesColumn: 'A:B', fitToWidth: 3 });
    });

    it('has columns wide enough for dates, a narrative column, and rows tall enough for their wrapped text', () => {
      const summary = workbook.getWorksheet('Summary')!;
      expect(summary.getColumn(2).width).toBeGreaterThanOrEqual(16);
      const all = workbook.getWorksheet('All actions')!;
      const header = (all.getRow(1).values as unknown[]).slice(1);
      const due = header.indexOf('Due date') + 1;
      expect(all.getColumn(due).width).toBeGreaterThanOrEqual(11);
      const narrative = header.indexOf('Latest return (red or overdue)') + 1;
      expect(narrative).toBeGreaterThan(0);
      const row11 = all.getRow(2);
      expect(row11.getCell(1).value).toBe('1.1');
      expect(row11.getCell(narrative).value).toBe('Venue lost; sessions cancelled');
      const overdue = workbook.getWorksheet('Overdue actions')!;
      expect(overdue.getRow(1).height).toBeGreaterThanOrEqual(15);
    });
  });

  describe('the published PDF', () => {
    let pdf: Buffer;
    let text: string;
    beforeAll(async () => {
      pdf = (await restGet(server, secondPack.pdf.path, world.tokens.board)).bytes;
      if (process.env.PUBLISHED_PACK_PDF) writeFileSync(process.env.PUBLISHED_PACK_PDF, pdf);
      text = (await pdfText(pdf)).text;
    });

    it('opens with the commentary after the title page, then what changed since the last board', () => {
      const order = [
        'Published pack, version 2',
        'Reason for this version: A late return from the police',
        'Commentary',
        'Executive summary',
        'Training is ahead of plan; disruption work is late.',
        'Prevent is on track.',
        'Pursue needs partners.',
        'Since the last board',
        'Summary by P',
      ];
      const at = order.map((t) => text.indexOf(t));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });

    it('says what each headline figure was at the last board, in words', () => {
      expect(text).toMatch(/Up from 25%\s+since the last board/);
      expect(text).toMatch(/No change\s+since the last board/);
    });

    it('gives the latest return and its reporter beside each red or overdue action, and supporting agencies in action tables', () => {
      expect(text).toContain('Red and overdue actions: latest returns');
      expect(text).toContain('Venue lost; sessions cancelled');
      expect(text).toMatch(/Police Partner, Police\s+[0-9a-f]{8}/);
      expect(text).toMatch(/Supporting/);
    });

    it('states the rules in force and the rule version', () => {
      expect(text).toMatch(/no recent\s+update after 30 days; due soon within 30 days; rule version rules-2026-11/);
    });

    it('is a tagged PDF in English with its title shown (pdfinfo, when poppler is installed)', () => {
      let info: string;
      try {
        info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString();
      } catch {
        // poppler-utils is not on every CI machine; the structure tree is checked below either way.
        info = '';
      }
      if (info) expect(info).toMatch(/Tagged:\s+yes/);
      const raw = pdf.toString('latin1');
      expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
      expect(raw).toContain('/Marked true');
      expect(raw).toMatch(/\/Lang \(en-GB\)/);
      expect(raw).toMatch(/\/DisplayDocTitle true/);
      expect(raw).toContain('/StructTreeRoot');
      expect(raw).toMatch(/\/S \/Table/);
      expect(raw).toMatch(/\/S \/Figure/);
    });
  });

  it('keeps the commentary drafts per plan, audited, with an optimistic lock', async () => {
    const { boardPackCommentary } = await world.clients.board.ok(
      graphql(`query PacksBoardPackCommentary($plan: ID!) { boardPackCommentary(deliveryPlanId: $plan) { version summary prevent pursue } }`),
      { plan: world.planId },
    );
    expect(boardPackCommentary).toEqual({
      version: 1,
      summary: 'Training is ahead of plan; disruption work is late.',
      prevent: 'Prevent is on track.',
      pursue: 'Pursue needs partners.',
    });
    const stale = await world.clients.coordinator.request(SAVE_COMMENTARY, {
      input: { deliveryPlanId: world.planId, version: 0, summary: 'x', prevent: '', pursue: '', protect: '', prepare: '' },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await server.count('audit_event', "operation = 'saveBoardPackCommentary'")).toBe(1);
  });

  it.each([
    ['input.asOf', { asOf: '2026-02-30' }],
    ['input.since', { asOf: AS_OF, since: AS_OF }],
    ['input.meetingTitle', { meetingTitle: 'x'.repeat(201) }],
    ['input.boardMeetingId', { boardMeetingId: 'not-an-id' }],
    ['input.reason', { reason: '   ' }],
  ])('refuses a bad %s with BAD_USER_INPUT and writes nothing', async (field, patch) => {
    const before = await server.count('published_board_pack');
    const result = await world.clients.coordinator.request(PUBLISH, { input: { deliveryPlanId: world.planId, asOf: '2026-03-12', ...patch } });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toContain(field.replace('input.', ''));
    expect(JSON.stringify(result.errors)).not.toMatch(/\(\/.*:\d+:\d+\)|SELECT |INSERT /);
    expect(await server.count('published_board_pack')).toBe(before);
  });

  it("takes the board meeting's title and date when only the meeting is given; another partnership's or an unknown meeting is NOT_FOUND; the meeting stays while its pack does", async () => {
    const coordinator = world.clients.coordinator;
    const plan = await createPlan(world, 'Meeting plan');
    const pack = (
      await coordinator.ok(
        graphql(`mutation PacksPublishBoardPack($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { meetingTitle meetingDate boardMeetingId } }`),
        { input: { deliveryPlanId: plan.planId, asOf: AS_OF, boardMeetingId: meetingId } },
      )
    ).publishBoardPack;
    expect(pack).toEqual({ meetingTitle: 'Board, Q1 2026', meetingDate: '2026-03-20', boardMeetingId: meetingId });
    const other = await createWorld(server, 'Published Packs other');
    const elsewhere = (
      await other.clients.coordinator.ok(
        graphql(`mutation PacksCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }`),
        {
          input: { partnershipId: other.partnershipId, title: 'Their board', date: '2026-03-01' },
        },
      )
    ).createBoardMeeting.id;
    const before = await server.count('published_board_pack');
    for (const id of [elsewhere, '00000000-0000-4000-8000-000000000000']) {
      const refused = await coordinator.request(PUBLISH, { input: { deliveryPlanId: plan.planId, asOf: AS_OF, boardMeetingId: id } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.boardMeetingId' });
    }
    expect(await server.count('published_board_pack')).toBe(before);
    const removal = await coordinator.request(graphql(`mutation PacksRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id) }`), { id: meetingId });
    expect(removal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await server.count('board_meeting', 'id = $1', [meetingId])).toBe(1);
  });

  it('answers NOT_FOUND for a plan that does not exist', async () => {
    const result = await world.clients.coordinator.request(PUBLISH, { input: { deliveryPlanId: '00000000-0000-4000-8000-000000000000' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.deliveryPlanId' });
  });

  it('has the permissions of the board report: partners and board members read, coordinators publish, other partnerships see nothing', async () => {
    const partner = await world.clients.police.request(PUBLISH, { input: { deliveryPlanId: world.planId, asOf: '2026-03-11' } });
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const board = await world.clients.board.request(SAVE_COMMENTARY, {
      input: { deliveryPlanId: world.planId, version: 1, summary: '', prevent: '', pursue: '', protect: '', prepare: '' },
    });
    expect(board.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await restGet(server, first.pdf.path, world.tokens.police)).status).toBe(200);
    expect((await restGet(server, first.pdf.path, null)).status).toBe(401);
    const other = await createWorld(server, 'Other Partnership');
    const res = await restGet(server, first.pdf.path, other.tokens.coordinator);
    expect([res.status, res.json?.error?.code]).toEqual([404, 'NOT_FOUND']);
    const read = await other.clients.coordinator.request(graphql(`query PacksPublishedBoardPack2($id: ID!) { publishedBoardPack(id: $id) { id } }`), {
      id: first.id,
    });
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await restGet(server, `/api/published-packs/${first.id}.exe`, world.tokens.board)).status).toBe(404);
    expect(await server.count('published_board_pack', 'delivery_plan_id = $1', [world.planId])).toBe(2);
  });

  /**
   * The plan history and reporting rounds in the pack, on a plan of their own (clock 15 March 2026):
   * | ref | lead   | due                                  | returns                        | at 15/01 (the board) | at 14/03          |
   * | 1.1 | police | 28/02/2026                           | 10/01 30 % GREEN, 04/03 40 % GREEN | GREEN            | RED (overdue)     |
   * | 1.2 | health | 28/02/2026, moved to 30/06 from 01/02 | 10/01 20 % AMBER               | AMBER                | AMBER             |
   * The report as of 14 March with no `since` compares with the board of 15 January ("Board, Q4 2025").
   * Changes: 1.1 status or RAG (GREEN to RED, overdue); 1.2 due date moved 28 Feb 2026 to 30 Jun 2026.
   * A round opened 01/03, deadline 06/03, no grace, asks both: police's return for 04/03 is entered on 15/03
   * (after the pack's date), health makes none: as of 14/03 each agency has 1 due, 1 missed.
   * Set HISTORY_PACK_PDF / HISTORY_PACK_XLSX to keep this plan's packs for a look.
   */
  describe('with the plan history and reporting rounds', () => {
    const HISTORY_AS_OF = '2026-03-14';
    let history: World;
    const HISTORY_REPORT = graphql(`query PacksHistoryReport($plan: ID!, $asOf: Date) { boardReport(deliveryPlanId: $plan, asOf: $asOf) {
      since sinceBoardMeeting { title date }
      changes { ref kinds ragBefore ragAfter ragReasonsBefore ragReasonsAfter dueDateBefore dueDateAfter }
      dueSoon { ref } staleActions { ref dueDate originalDueDate }
      roundCompliance { agency { name } due onTime late missed outstanding acknowledged }
    } }`);
    let report: ResultOf<typeof HISTORY_REPORT>['boardReport'];
    let text: string;
    let workbook: ExcelJS.Workbook;

    beforeAll(async () => {
      history = await createWorld(server, 'Pack History');
      const coordinator = history.clients.coordinator;
      const a11 = await createAction(coordinator, history, {
        ref: '1.1',
        title: 'Train frontline staff',
        leadAgencyId: history.agencies.police,
        dueDate: '2026-02-28',
      });
      const a12 = await createAction(coordinator, history, {
        ref: '1.2',
        title: 'Map exploitation hotspots',
        objectiveId: history.objectives.pursue,
        leadAgencyId: history.agencies.health,
        dueDate: '2026-02-28',
      });
      await history.clients.police.ok(REPORT, {
        input: { actionId: a11.id, reportedOn: '2026-01-10', narrative: 'Planning sessions', percentComplete: 30, status: 'IN_PROGRESS', rag: 'GREEN' },
      });
      await history.clients.health.ok(REPORT, {
        input: { actionId: a12.id, reportedOn: '2026-01-10', narrative: 'Data sharing agreed', percentComplete: 20, status: 'IN_PROGRESS', rag: 'AMBER' },
      });
      await coordinator.ok(graphql(`mutation PacksCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }`), {
        input: { partnershipId: history.partnershipId, title: 'Board, Q4 2025', date: '2026-01-15' },
      });
      await coordinator.ok(
        graphql(
          `mutation PacksUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { version } }`,
        ),
        {
          id: a12.id,
          version: a12.version,
          input: { dueDate: '2026-06-30', effectiveFrom: '2026-02-01' },
        },
      );
      await coordinator.ok(graphql(`mutation PacksCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }`), {
        input: { deliveryPlanId: history.planId, title: 'March returns', opensOn: '2026-03-01', deadline: '2026-03-06', graceWorkingDays: 0 },
      });
      await history.clients.police.ok(REPORT, {
        input: { actionId: a11.id, reportedOn: '2026-03-04', narrative: 'Sessions booked', percentComplete: 40, status: 'IN_PROGRESS', rag: 'GREEN' },
      });
      report = (await history.clients.board.ok(HISTORY_REPORT, { plan: history.planId, asOf: HISTORY_AS_OF })).boardReport;
      const query = `asOf=${HISTORY_AS_OF}`;
      const pdf = await restGet(server, `/api/plans/${history.planId}/board-pack.pdf?${query}`, history.tokens.board);
      expect(pdf.status).toBe(200);
      if (process.env.HISTORY_PACK_PDF) writeFileSync(process.env.HISTORY_PACK_PDF, pdf.bytes);
      text = (await pdfText(pdf.bytes)).text.replace(/\s+/g, ' ');
      const xlsx = await restGet(server, `/api/plans/${history.planId}/board-pack.xlsx?${query}`, history.tokens.board);
      if (process.env.HISTORY_PACK_XLSX) writeFileSync(process.env.HISTORY_PACK_XLSX, xlsx.bytes);
      workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    }, 120_000);

    it('the report the pack is built from says what the table above works out', () => {
      expect(report.since).toBe('2026-01-15');
      expect(report.sinceBoardMeeting).toEqual({ title: 'Board, Q4 2025', date: '2026-01-15' });
      expect(report.changes.map((c) => [c.ref, c.kinds, c.ragBefore, c.ragAfter, c.dueDateBefore, c.dueDateAfter])).toEqual([
        ['1.1', ['STATUS_OR_RAG'], 'GREEN', 'RED', '2026-02-28', '2026-02-28'],
        ['1.2', ['DUE_DATE_MOVED'], 'AMBER', 'AMBER', '2026-02-28', '2026-06-30'],
      ]);
      expect(report.changes[0].ragReasonsAfter).toContain('OVERDUE');
      const byAgency = Object.fromEntries(report.roundCompliance.map((c) => [c.agency.name.split(' ')[0], c]));
      expect(Object.values(byAgency).map((c) => c.due)).toEqual([1, 1]);
    });

    it('1. the changes table gives the kind in words and the RAG with its reasons before and after, in the PDF and the XLSX', () => {
      expect(text).toContain('RAG changed');
      expect(text).toMatch(/Green to Red \(overdue/);
      expect(text).toContain('Due date moved 28 Feb 2026 to 30 Jun 2026');
      const sheet = workbook.getWorksheet('Changes')!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const col = (name: string) => header.indexOf(name) + 1;
      const rows = [2, 3].map((n) => sheet.getRow(n));
      expect(rows.map((r) => [r.getCell(1).value, r.getCell(col('Change')).value])).toEqual([
        ['1.1', 'RAG changed'],
        ['1.2', 'Due date moved'],
      ]);
      expect(String(rows[0].getCell(col('What changed')).value as string)).toMatch(/^Green → Red \(overdue/);
      expect(rows[0].getCell(col('Reasons before')).value).toBe('');
      expect(String(rows[0].getCell(col('Reasons after')).value as string)).toContain('Overdue');
      expect(rows[1].getCell(col('What changed')).value).toBe('Due date moved 28 Feb 2026 → 30 Jun 2026');
      expect((rows[1].getCell(col('Due date after')).value as Date).toISOString().slice(0, 10)).toBe('2026-06-30');
    });

    it('2. a re-baselined action shows its original due date in the action tables', () => {
      expect(text).toContain('30 Jun 2026 (originally 28 Feb 2026)');
      const all = workbook.getWorksheet('All actions')!;
      const header = (all.getRow(1).values as unknown[]).slice(1);
      const row = [2, 3].map((n) => all.getRow(n)).find((r) => r.getCell(1).value === '1.2')!;
      expect((row.getCell(header.indexOf('Due date') + 1).value as Date).toISOString().slice(0, 10)).toBe('2026-06-30');
      expect((row.getCell(header.indexOf('Originally due') + 1).value as Date).toISOString().slice(0, 10)).toBe('2026-02-28');
      const other = [2, 3].map((n) => all.getRow(n)).find((r) => r.getCell(1).value === '1.1')!;
      expect(other.getCell(header.indexOf('Originally due') + 1).value).toBeNull();
    });

    it('3. names the board meeting the changes are compared with, on the title page and the Summary sheet', async () => {
      expect(text).toContain('Changes since the last board meeting: Board, Q4 2025 (15 January 2026)');
      const summary = workbook.getWorksheet('Summary')!;
      const facts = Object.fromEntries([3, 4, 5, 6, 7, 8].map((n) => [summary.getRow(n).getCell(1).value as string, summary.getRow(n).getCell(2).value]));
      expect(facts['Compared with']).toBe('Board, Q4 2025 (15 January 2026)');
    });

    it('4. a "Returns by agency" table and sheet with the round compliance of the report; none for a plan without rounds', async () => {
      expect(text).toContain('Returns by agency');
      const sheet = workbook.getWorksheet('Returns by agency')!;
      const rows = [2, 3].map((n) => (sheet.getRow(n).values as unknown[]).slice(1, 8));
      const expected = report.roundCompliance
        .map((c) => [c.agency.name, c.due, c.onTime, c.late, c.missed, c.outstanding, c.acknowledged])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      expect(rows).toEqual(expected);
      // As of 14 March neither return is in: health made none, and police's (for 04/03) was entered on
      // 15 March, after the deadline and after the pack's date. Both due 1, missed 1.
      expect(rows.map((r) => r.slice(1))).toEqual([
        [1, 0, 0, 1, 0, 0],
        [1, 0, 0, 1, 0, 0],
      ]);
      expect(text).toMatch(/Health \S+ 1 0 0 1 0 0 0%/);
      // The first plan has no rounds: no table, no sheet.
      const noRounds = await restGet(server, `/api/plans/${world.planId}/board-pack.xlsx?asOf=${AS_OF}`, world.tokens.board);
      const plain = new ExcelJS.Workbook();
      await plain.xlsx.load(noRounds.bytes as unknown as ArrayBuffer);
      expect(plain.getWorksheet('Returns by agency')).toBeUndefined();
      expect((await pdfText((await restGet(server, `/api/plans/${world.planId}/board-pack.pdf?asOf=${AS_OF}`, world.tokens.board)).bytes)).text).not.toContain(
        'Returns by agency',
      );
    });
  });
});
