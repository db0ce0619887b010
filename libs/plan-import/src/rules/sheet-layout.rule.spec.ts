import { ImportProblemCode, ImportWarningCode } from './import-plan.rule';
import { layoutSheet } from './sheet-layout.rule';

describe('layoutSheet', () => {
  it('reads the first sheet with a header row, keyed by column, keeping spreadsheet row numbers', () => {
    const layout = layoutSheet([
      { name: 'Cover', rows: [{ row: 1, cells: ['Northshire delivery plan'] }] },
      {
        name: 'Actions',
        rows: [
          { row: 2, cells: ['Delivery plan 2025'] },
          { row: 4, cells: ['Ref', 'Objective', 'Action', 'Lead organisation', 'Target date', 'Notes'] },
          { row: 5, cells: ['1.1', 'PV1', 'Train staff', 'Police', 45747, 'n/a'] },
          { row: 7, cells: ['1.2', 'PV1', 'Audit'] },
        ],
      },
    ]);
    expect(layout).toMatchObject({ sheet: 'Actions', headerRow: 4, ignoredColumns: ['Notes'], problems: [] });
    expect(layout.columns).toEqual([
      { header: 'Ref', field: 'ref' },
      { header: 'Objective', field: 'objectiveCode' },
      { header: 'Action', field: 'title' },
      { header: 'Lead organisation', field: 'leadAgency' },
      { header: 'Target date', field: 'dueDate' },
    ]);
    expect(layout.data.rows.map((r) => [r.row, Object.fromEntries(r.cells)])).toEqual([
      [5, { ref: '1.1', objectiveCode: 'PV1', title: 'Train staff', leadAgency: 'Police', dueDate: 45747 }],
      [7, { ref: '1.2', objectiveCode: 'PV1', title: 'Audit', leadAgency: null, dueDate: null }],
    ]);
  });

  it('reports missing and doubled columns on the header row and reads no rows', () => {
    const layout = layoutSheet([
      {
        name: null,
        rows: [
          { row: 1, cells: ['Ref', 'Action', 'Due', 'Deadline'] },
          { row: 2, cells: ['1', 'x', '2025-01-01', ''] },
        ],
      },
    ]);
    expect(layout.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, 'Objective code', ImportProblemCode.MissingColumn],
      [1, 'Lead agency', ImportProblemCode.MissingColumn],
      [1, 'Deadline', ImportProblemCode.DuplicateColumn],
    ]);
    expect(layout.data.rows).toEqual([]);
  });

  it('says so when nothing looks like a delivery plan', () => {
    expect(layoutSheet([{ name: 'Sheet1', rows: [{ row: 1, cells: ['Name', 'Amount'] }] }]).problems).toEqual([
      expect.objectContaining({ row: 1, code: ImportProblemCode.NoHeaderRow }),
    ]);
  });
});

describe('layoutSheet: tables as people lay them out (issue 14)', () => {
  it('finds the header under a merged title block, with upper-case headers and a merged group heading over a second header row', () => {
    // As exceljs reads merged cells: the master's value repeated in every cell the merge covers.
    const layout = layoutSheet([
      {
        name: 'Plan',
        rows: [
          { row: 1, cells: ['SANDMOOR MODERN SLAVERY PARTNERSHIP', 'SANDMOOR MODERN SLAVERY PARTNERSHIP', 'SANDMOOR MODERN SLAVERY PARTNERSHIP'] },
          { row: 2, cells: ['Delivery plan 2025-27, as at 30/09/2025'] },
          { row: 4, cells: ['REF', 'OBJECTIVE', 'ACTION', 'AGENCIES', 'AGENCIES', 'TARGET', 'TARGET'] },
          { row: 5, cells: ['REF', 'OBJECTIVE', 'ACTION', 'LEAD', 'SUPPORTING', 'START', 'DATE'] },
          { row: 6, cells: ['1.1', 'PV1', 'Train staff', 'Police', 'Council', 45658, 45747] },
        ],
      },
    ]);
    expect(layout).toMatchObject({ sheet: 'Plan', headerRow: 5, problems: [] });
    expect(layout.columns.map((c) => [c.header, c.field])).toEqual([
      ['REF', 'ref'],
      ['OBJECTIVE', 'objectiveCode'],
      ['ACTION', 'title'],
      ['LEAD', 'leadAgency'],
      ['SUPPORTING', 'supportingAgencies'],
      ['START', 'startDate'],
      ['TARGET DATE', 'dueDate'],
    ]);
    expect(Object.fromEntries(layout.data.rows[0].cells)).toMatchObject({ ref: '1.1', leadAgency: 'Police', supportingAgencies: 'Council', dueDate: 45747 });
  });

  it('reads a heading merged over several columns as one column, joining their cells', () => {
    const layout = layoutSheet([
      {
        name: null,
        rows: [
          { row: 1, cells: ['Ref', 'Objective', 'Action', 'Lead', 'Supporting partners', 'Supporting partners', 'Supporting partners', 'Due'] },
          { row: 2, cells: ['1.1', 'PV1', 'Train staff', 'Police', 'Council', '', 'Fire', '2026-03-31'] },
        ],
      },
    ]);
    expect(layout.problems).toEqual([]);
    expect(layout.data.rows[0].cells.get('supportingAgencies')).toBe('Council\nFire');
  });

  it('picks the sheet holding the plan and says which', () => {
    const layout = layoutSheet([
      {
        name: 'Overdue actions',
        rows: [
          { row: 1, cells: ['Ref', 'Action', 'Lead agency', 'Due date'] },
          { row: 2, cells: ['1.1', 'Train', 'Police', '2025-01-01'] },
        ],
      },
      {
        name: 'All actions',
        rows: [
          {
            row: 1,
            cells: ['Ref', 'Action', 'Objective code', 'Objective', 'Lead agency', 'Due date', '% complete', 'Progress %', 'RAG', 'Reasons', 'Last update'],
          },
          { row: 2, cells: ['1.1', 'Train', 'PV1', 'Awareness', 'Police', '2025-01-01', 40, 40, 'Red', 'Overdue', '2025-03-01'] },
          { row: 3, cells: ['1.2', 'Audit', 'PV1', 'Awareness', 'Police', '2025-01-01', 0, 0, 'Red', 'Overdue', null] },
        ],
      },
    ]);
    expect(layout).toMatchObject({ sheet: 'All actions', headerRow: 1, problems: [] });
    expect(layout.columns.map((c) => c.field)).toEqual(['ref', 'title', 'objectiveCode', 'leadAgency', 'dueDate', 'percentComplete', 'reportedOn']);
    expect(layout.warnings.map((w) => [w.code, w.column])).toEqual([
      [ImportWarningCode.SheetChosen, null],
      [ImportWarningCode.ColumnIgnored, 'Objective'],
      [ImportWarningCode.ColumnIgnored, 'Progress %'],
      [ImportWarningCode.ColumnIgnored, 'RAG'],
    ]);
  });

  it('skips a repeated header row inside the table', () => {
    const layout = layoutSheet([
      {
        name: null,
        rows: [
          { row: 1, cells: ['Ref', 'Objective', 'Action', 'Lead', 'Due'] },
          { row: 2, cells: ['1.1', 'PV1', 'Train', 'Police', '2026-03-31'] },
          { row: 40, cells: ['Ref', 'Objective', 'Action', 'Lead', 'Due'] },
          { row: 41, cells: ['2.1', 'PU1', 'Disrupt', 'Police', '2026-03-31'] },
        ],
      },
    ]);
    expect(layout.data.rows.map((r) => r.row)).toEqual([2, 41]);
    expect(layout.warnings).toEqual([expect.objectContaining({ row: 40, code: ImportWarningCode.RowSkipped })]);
  });
});

describe('layoutSheet: a note merged across the table', () => {
  it('keeps its text in the first cell only, so the planner can skip it', () => {
    const key = 'Key: RAG = Red / Amber / Green as reported by the lead organisation';
    const layout = layoutSheet([
      {
        name: null,
        rows: [
          { row: 1, cells: ['Ref', 'Objective', 'Action', 'Lead', 'Due'] },
          { row: 2, cells: ['1.1', 'PV1', 'Train', 'Police', '2026-03-31'] },
          { row: 4, cells: [key, key, key, key, key] },
        ],
      },
    ]);
    expect(Object.fromEntries(layout.data.rows[1].cells)).toEqual({ ref: key, objectiveCode: null, title: null, leadAgency: null, dueDate: null });
  });
});
