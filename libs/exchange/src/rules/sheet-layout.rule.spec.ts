import { ImportProblemCode } from './import-plan.rule';
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
    const layout = layoutSheet([{ name: null, rows: [{ row: 1, cells: ['Ref', 'Action', 'Due', 'Deadline'] }, { row: 2, cells: ['1', 'x', '2025-01-01', ''] }] }]);
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
