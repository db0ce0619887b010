import { parse } from 'csv-parse/sync';
import { importTemplateCsv, TemplateContext } from './import-template.writer';

const ctx: TemplateContext = {
  partnershipName: 'Northshire',
  planTitle: 'Plan',
  planStart: '2026-01-01',
  planEnd: '2026-12-31',
  today: '2026-06-01',
  objectives: [{ code: 'PV1', pillar: 'PREVENT', title: '=HYPERLINK("http://evil.test","Click")' }],
  agencies: ['+Police', '@SUM(1+1)', '-Health'],
};

describe('import template CSV', () => {
  it('makes objective titles and agency names that look like formulas inert, as the board pack CSV does', () => {
    const [header, row]: string[][] = parse(importTemplateCsv(ctx), { bom: true });
    const cell = (label: string) => row[header.indexOf(label)];
    expect(cell('Objective title')).toBe('\'=HYPERLINK("http://evil.test","Click")');
    expect(cell('Lead agency')).toBe("'+Police");
    expect(cell('Supporting agencies')).toBe("'@SUM(1+1); -Health");
    expect(cell('% complete')).toBe('25');
  });
});
