import { parse } from 'csv-parse/sync';
import { emptyRollUp } from '@app/board-report/rules';
import { ActionLine, BoardPackData } from './board-pack.data';
import { inertText } from '@app/file-formats';
import { boardPackCsv } from './csv-board-pack.writer';

const line = (over: Partial<ActionLine>): ActionLine => ({
  ref: '1.1',
  title: 'Train staff',
  pillar: 'PREVENT',
  objectiveCode: 'PV1',
  objectiveTitle: 'Awareness',
  leadAgency: 'Northshire Police',
  supportingAgencies: ['Council', 'Fire'],
  startDate: null,
  dueDate: '2026-03-31',
  status: 'IN_PROGRESS',
  percentComplete: 40,
  progress: 40,
  rag: 'AMBER',
  ragReasons: ['NO_RECENT_UPDATE', 'REPORTED_AMBER'],
  overdue: false,
  daysOverdue: 0,
  dueSoon: true,
  stale: true,
  lastReportedOn: '2025-01-02',
  ...over,
});

const data = (allActions: ActionLine[]): BoardPackData => ({
  partnership: { name: 'P', timezone: 'Europe/London' },
  strategy: { title: 'S' },
  plan: { title: 'Plan', startDate: '2024-01-01', endDate: '2026-12-31' },
  asOf: '2025-06-15',
  since: null,
  generatedAt: new Date('2025-06-15T10:00:00Z'),
  settings: { staleAfterDays: 30, dueSoonDays: 30 },
  overall: emptyRollUp(),
  byPillar: [],
  byObjective: [],
  byAgency: [],
  overdueActions: [],
  overdueMilestones: [],
  dueSoon: [],
  staleActions: [],
  changes: [],
  updatesSince: [],
  allActions,
});

describe('boardPackCsv', () => {
  it('writes one row per action with codes, ISO dates, numbers and true/false, behind a BOM', () => {
    const csv = boardPackCsv(
      data([
        line({}),
        line({ ref: '1.2', title: 'Quote "this", please', rag: null, status: 'CANCELLED', ragReasons: [], dueDate: '2027-01-31', originalDueDate: '2026-09-30' }),
      ]),
    );
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      'As of': '2025-06-15',
      Ref: '1.1',
      'Supporting agencies': 'Council; Fire',
      'Start date': '',
      'Due date': '2026-03-31',
      'Original due date': '',
      Status: 'IN_PROGRESS',
      Progress: '40',
      RAG: 'AMBER',
      'RAG reasons': 'NO_RECENT_UPDATE; REPORTED_AMBER',
      Overdue: 'false',
      'Due soon': 'true',
    });
    expect(rows[1]).toMatchObject({ Action: 'Quote "this", please', RAG: '', Status: 'CANCELLED', 'Due date': '2027-01-31', 'Original due date': '2026-09-30' });
  });

  it('keeps user text from running as a formula in a spreadsheet', () => {
    const rows: Record<string, string>[] = parse(boardPackCsv(data([line({ title: '=HYPERLINK("http://x")' })])), { bom: true, columns: true });
    expect(rows[0].Action).toBe(`'=HYPERLINK("http://x")`);
  });
});

describe('inertText', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 1234', "'+44 1234"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Plain title', 'Plain title'],
    ['2025-06-15', '2025-06-15'],
  ])('%j → %j', (text, expected) => {
    expect(inertText(text)).toBe(expected);
  });
  it('leaves numbers, booleans and nulls alone', () => {
    expect([inertText(-3), inertText(true), inertText(null)]).toEqual([-3, true, null]);
  });
});
