import { actionsPageSql, containsPattern } from './actions-page.sql';

describe('containsPattern', () => {
  it.each([
    ['training', '%training%'],
    ['100%', '%100\\%%'],
    ['snake_case', '%snake\\_case%'],
    ['back\\slash', '%back\\\\slash%'],
    ['%_\\', '%\\%\\_\\\\%'],
    ['', '%%'],
  ])('%j → %j', (text, expected) => {
    expect(containsPattern(text)).toBe(expected);
  });
});

describe('actionsPageSql', () => {
  const now = new Date('2025-06-15T12:00:00Z');

  it('binds every value as a parameter, never in the SQL text', () => {
    const hostile = "x'); DROP TABLE action; --";
    const { sql, params } = actionsPageSql({
      planId: hostile,
      now,
      pillar: hostile,
      objectiveId: hostile,
      leadAgencyId: hostile,
      agencyId: hostile,
      statuses: [hostile],
      rags: [hostile],
      overdue: true,
      dueOnOrBefore: hostile,
      dueOnOrAfter: hostile,
      searchPattern: containsPattern(hostile),
      afterRef: hostile,
      limit: 51,
    });
    expect(sql).not.toContain('DROP TABLE');
    expect(params.filter((p) => p === hostile)).toHaveLength(8);
    expect(params.at(-1)).toBe(51);
  });

  it('leaves out criteria that are not given, and empty lists', () => {
    const { params } = actionsPageSql({ planId: 'p', now, statuses: [], rags: [], limit: 51 });
    expect(params).toEqual(['p', now, 51]);
  });
});
