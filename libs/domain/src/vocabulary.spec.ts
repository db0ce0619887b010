import {
  ACTION_CHANGE_KINDS,
  ACTION_STATUS_LABEL,
  ACTION_STATUSES,
  ActionChangeKind,
  ActionStatus,
  AGENCY_KINDS,
  AgencyKind,
  BOARD_PACK_FORMATS,
  BoardPackFormat,
  CLOSED_ACTION_STATUSES,
  DIGEST_FREQUENCIES,
  DigestFrequency,
  enumOf,
  isOneOf,
  PACK_DIFFERENCE_KINDS,
  PackDifferenceKind,
  Pillar,
  PILLAR_LABEL,
  PILLARS,
  Rag,
  RAG_LABEL,
  RAG_REASON_LABEL,
  RAG_REASONS,
  RagReason,
  RAGS,
  REF_MAX,
  REF_PATTERN,
  REPORTABLE_RAGS,
  RETURN_STATUSES,
  ReturnStatus,
  Role,
  ROLES,
  ROUND_CADENCES,
  ROUND_STATES,
  RoundCadence,
  RoundState,
  sqlArray,
  sqlIn,
  sqlList,
  sqlValue,
  STRATEGY_STATUSES,
  StrategyStatus,
} from './index';

/** Each enum-like object with the tuple it is built from. */
const VOCABULARIES: [string, readonly string[], Readonly<Record<string, string>>][] = [
  ['Pillar', PILLARS, Pillar],
  ['ActionStatus', ACTION_STATUSES, ActionStatus],
  ['StrategyStatus', STRATEGY_STATUSES, StrategyStatus],
  ['Rag', RAGS, Rag],
  ['RagReason', RAG_REASONS, RagReason],
  ['AgencyKind', AGENCY_KINDS, AgencyKind],
  ['Role', ROLES, Role],
  ['ActionChangeKind', ACTION_CHANGE_KINDS, ActionChangeKind],
  ['RoundState', ROUND_STATES, RoundState],
  ['ReturnStatus', RETURN_STATUSES, ReturnStatus],
  ['RoundCadence', ROUND_CADENCES, RoundCadence],
  ['DigestFrequency', DIGEST_FREQUENCIES, DigestFrequency],
  ['PackDifferenceKind', PACK_DIFFERENCE_KINDS, PackDifferenceKind],
  ['BoardPackFormat', BOARD_PACK_FORMATS, BoardPackFormat],
];

describe('enumOf', () => {
  it('keys each value by itself, in the order of the tuple', () => {
    expect(enumOf(['B', 'A_1'])).toEqual({ B: 'B', A_1: 'A_1' });
    expect(Object.keys(enumOf(['B', 'A_1']))).toEqual(['B', 'A_1']);
  });

  it('cannot be changed', () => {
    const e = enumOf(['A']) as Record<string, string>;
    expect(() => {
      e.B = 'B';
    }).toThrow(TypeError);
  });

  it.each(['', 'lower', 'HAS SPACE', "QUOTE'", '1ST'])('refuses %j as a value', (value) => {
    expect(() => enumOf([value])).toThrow('Not a vocabulary value');
  });

  it.each(VOCABULARIES)('%s has exactly the values of its tuple, as keys and values', (_name, tuple, object) => {
    expect(Object.keys(object)).toEqual([...tuple]);
    expect(Object.values(object)).toEqual([...tuple]);
  });
});

describe('the vocabularies', () => {
  it('are what DESIGN.md and the contract name, in reading order', () => {
    expect(PILLARS).toEqual(['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE']);
    expect(ACTION_STATUSES).toEqual(['NOT_STARTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED']);
    expect(RAGS).toEqual(['RED', 'AMBER', 'GREEN', 'BLUE']);
    expect(RAG_REASONS).toEqual(['OVERDUE', 'REPORTED_RED', 'MILESTONE_OVERDUE', 'NO_RECENT_UPDATE', 'REPORTED_AMBER', 'ON_HOLD']);
    expect(ROLES).toEqual(['COORDINATOR', 'PARTNER', 'BOARD_MEMBER']);
  });

  it.each(VOCABULARIES)('%s has no value twice', (_name, tuple) => {
    expect(new Set(tuple).size).toBe(tuple.length);
  });

  it('subsets hold only values of their vocabulary', () => {
    expect(CLOSED_ACTION_STATUSES.every((s) => isOneOf(ACTION_STATUSES, s))).toBe(true);
    expect(REPORTABLE_RAGS).toEqual(['RED', 'AMBER', 'GREEN']);
  });

  it('labels every value, and nothing else', () => {
    expect(Object.keys(PILLAR_LABEL)).toEqual([...PILLARS]);
    expect(Object.keys(ACTION_STATUS_LABEL)).toEqual([...ACTION_STATUSES]);
    expect(Object.keys(RAG_LABEL)).toEqual([...RAGS]);
    expect(Object.keys(RAG_REASON_LABEL)).toEqual([...RAG_REASONS]);
  });

  it('isOneOf tells values from anything else', () => {
    expect(isOneOf(PILLARS, 'PURSUE')).toBe(true);
    expect(isOneOf(PILLARS, 'pursue')).toBe(false);
    expect(isOneOf(PILLARS, 'BLUE')).toBe(false);
    expect(isOneOf(PILLARS, undefined)).toBe(false);
    expect(isOneOf(PILLARS, 1)).toBe(false);
  });
});

describe('sqlIn', () => {
  // The texts of the CHECK constraints the migrations created (1763856000000-InitialSchema.ts):
  // an entity's @Check written with sqlIn must produce them exactly, or TypeORM sees a change.
  it.each<[string, string, readonly string[]]>([
    [`"pillar" IN ('PREVENT','PURSUE','PROTECT','PREPARE')`, 'pillar', PILLARS],
    [`"status" IN ('NOT_STARTED','IN_PROGRESS','ON_HOLD','COMPLETED','CANCELLED')`, 'status', ACTION_STATUSES],
    [`"status" IN ('DRAFT','ACTIVE','ARCHIVED')`, 'status', STRATEGY_STATUSES],
    [`"rag" IN ('RED','AMBER','GREEN')`, 'rag', REPORTABLE_RAGS],
    [`"kind" IN ('COUNCIL','POLICE','HEALTH','FIRE','PROBATION','EDUCATION','VOLUNTARY','BUSINESS','OTHER')`, 'kind', AGENCY_KINDS],
    [`"role" IN ('COORDINATOR','PARTNER','BOARD_MEMBER')`, 'role', ROLES],
  ])('writes %s', (expected, column, values) => {
    expect(sqlIn(column, values)).toBe(expected);
  });

  it('lists, arrays and single values in the same form', () => {
    expect(sqlList(CLOSED_ACTION_STATUSES)).toBe(`'COMPLETED','CANCELLED'`);
    expect(sqlArray(PILLARS)).toBe(`ARRAY['PREVENT','PURSUE','PROTECT','PREPARE']`);
    expect(sqlValue(ActionStatus.COMPLETED)).toBe(`'COMPLETED'`);
  });

  it.each([["'); DROP TABLE action; --"], ['lower'], ['A B']])('refuses %j, which is no vocabulary value', (value) => {
    expect(() => sqlIn('status', ['OK', value])).toThrow('Not a vocabulary value');
  });

  it('refuses an empty list (IN () is not SQL)', () => {
    expect(() => sqlIn('status', [])).toThrow();
  });
});

describe('REF_PATTERN', () => {
  it('is the pattern the inputs and the import have always used', () => {
    expect(REF_PATTERN.source).toBe(String.raw`^[A-Za-z0-9][A-Za-z0-9._\-/]{0,19}$`);
    expect(REF_MAX).toBe(20);
  });

  it.each(['2.3', 'PV-1', '1/2', 'a', 'A'.repeat(20)])('accepts %j', (ref) => {
    expect(REF_PATTERN.test(ref)).toBe(true);
  });

  it.each(['', '.2', '-1', '2 3', 'A'.repeat(21), '2,3'])('refuses %j', (ref) => {
    expect(REF_PATTERN.test(ref)).toBe(false);
  });
});
