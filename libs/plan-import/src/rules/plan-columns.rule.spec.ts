import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findHeaderRow, IMPORT_COLUMNS, matchHeader, matchHeaderRow, normaliseHeader } from './plan-columns.rule';

describe('normaliseHeader', () => {
  it.each([
    ['  Due Date (dd/mm/yyyy) ', 'due date'],
    ['% Complete', 'percent complete'],
    ['#', 'no'],
    ['Lead_Organisation*', 'lead organisation'],
    ["4 P's", '4 ps'],
    ['Milestones [optional]', 'milestones'],
  ])('%j → %j', (text, expected) => {
    expect(normaliseHeader(text)).toBe(expected);
  });
});

describe('matchHeader', () => {
  it.each([
    ['Ref', 'ref'],
    ['REFERENCE', 'ref'],
    ['Action No.', 'ref'],
    ['Pillar', 'pillar'],
    ['Strand', 'pillar'],
    ['Objective', 'objectiveCode'],
    ['objective code', 'objectiveCode'],
    ['Objective title', 'objectiveTitle'],
    ['Action', 'title'],
    ['Action title', 'title'],
    ['Description', 'description'],
    ['Success Measures', 'successMeasure'],
    ['Lead organisation', 'leadAgency'],
    ['Lead Organization', 'leadAgency'],
    ['Action owner', 'leadAgency'],
    ['Supporting partners', 'supportingAgencies'],
    ['Start date', 'startDate'],
    ['Target date', 'dueDate'],
    ['Deadline', 'dueDate'],
    ['Action due date', 'dueDate'],
    ['Key milestones', 'milestones'],
    ['Latest status', 'status'],
    ['% complete', 'percentComplete'],
    ['Progress %', 'percentComplete'],
    ['RAG rating', 'rag'],
    ['Latest update', 'narrative'],
    ['Commentary', 'narrative'],
    ['Last updated', 'reportedOn'],
    ['As at', 'reportedOn'],
  ])('%j names %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it.each([['Notes'], ['Budget'], [''], ['Date'], ['Action plan owner email']])('%j names no column', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it("recognises every column's own label, so the template always reads back", () => {
    for (const column of IMPORT_COLUMNS) expect(matchHeader(column.label)).toBe(column.field);
  });
});

describe('matchHeaderRow', () => {
  it('maps known columns to their position, lists the others, and names missing required ones', () => {
    const match = matchHeaderRow(['Ref', 'Action', 'Notes', '', 'Lead organisation', 'Budget']);
    expect([...match.columns]).toEqual([
      ['ref', 0],
      ['title', 1],
      ['leadAgency', 4],
    ]);
    expect(match.headers.get('leadAgency')).toBe('Lead organisation');
    expect(match.ignored).toEqual(['Notes', 'Budget']);
    expect(match.missing).toEqual(['objectiveCode', 'dueDate']);
    expect(match.duplicates).toEqual([]);
  });

  it('reports two headers naming the same column', () => {
    const match = matchHeaderRow(['Ref', 'Due date', 'Target date']);
    expect(match.duplicates).toEqual([{ field: 'dueDate', headers: ['Due date', 'Target date'] }]);
  });
});

describe('findHeaderRow', () => {
  it('skips title rows above the header', () => {
    const rows = [
      ['Northshire Modern Slavery Partnership'],
      ['Delivery plan 2024-2026', '', 'Updated March'],
      ['Ref', 'Objective', 'Action', 'Lead', 'Due'],
      ['1.1', 'PV1', 'Train staff', 'Police', '31/03/2025'],
    ];
    expect(findHeaderRow(rows)).toBe(2);
  });

  it('finds nothing in a sheet that is not a plan', () => {
    expect(
      findHeaderRow([
        ['Name', 'Amount'],
        ['Tea', '3'],
      ]),
    ).toBeNull();
  });
});

describe('docs/exchange.md', () => {
  it('lists every column with every header it is also understood as', () => {
    const docs = readFileSync(join(__dirname, '../../../../docs/exchange.md'), 'utf8');
    for (const column of IMPORT_COLUMNS) {
      const row = docs.split('\n').find((line) => line.startsWith(`| ${column.label} |`));
      expect(row).toBeDefined();
      for (const synonym of column.synonyms) expect(row).toContain(synonym);
    }
  });
});
