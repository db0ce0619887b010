import { agencyKey, parseMilestones, parsePercent, parsePillar, parseRag, parseStatus } from './cell-values.rule';

describe('parsePillar', () => {
  it.each([
    ['Prevent', 'PREVENT'],
    ['PURSUE', 'PURSUE'],
    ['3. Protect', 'PROTECT'],
    ['Prepare (P4)', 'PREPARE'],
  ])('%j is %s', (text, pillar) => {
    expect(parsePillar(text)).toEqual({ ok: true, value: pillar });
  });
  it.each([['Protection'], ['Prevent / Pursue'], [''], ['P1']])('%j is refused', (text) => {
    expect(parsePillar(text).ok).toBe(false);
  });
});

describe('parseStatus', () => {
  it.each([
    ['In progress', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'IN_PROGRESS'],
    ['not started', 'NOT_STARTED'],
    ['On Hold', 'ON_HOLD'],
    ['Complete', 'COMPLETED'],
    ['Done', 'COMPLETED'],
    ['Canceled', 'CANCELLED'],
  ])('%j is %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ ok: true, value: status });
  });
  it('refuses a word that is no status', () => {
    expect(parseStatus('Delayed').ok).toBe(false);
  });
});

describe('parsePercent', () => {
  it.each([
    [45, 45],
    ['45', 45],
    ['45%', 45],
    [' 100 % ', 100],
    [0, 0],
    [45.4, 45],
    [45.5, 46],
    [0.45, 45],
    [1, 1],
  ])('%j is %d', (value, expected) => {
    expect(parsePercent(value)).toEqual({ ok: true, value: expected });
  });
  it.each([[101], [-1], ['half'], ['45 percent done'], [true]])('%j is refused', (value) => {
    expect(parsePercent(value).ok).toBe(false);
  });
});

describe('parseRag', () => {
  it.each([
    ['Red', 'RED'],
    ['a', 'AMBER'],
    ['GREEN', 'GREEN'],
    ['Blue', 'BLUE'],
  ])('%j is %s', (text, rag) => {
    expect(parseRag(text)).toEqual({ ok: true, value: rag });
  });
  it('refuses other colours', () => {
    expect(parseRag('Purple').ok).toBe(false);
  });
});

describe('agencyKey', () => {
  it('ignores case, spacing, dash style and a trailing full stop', () => {
    expect(agencyKey('  Probation Service  –  Northshire Delivery Unit. ')).toBe(agencyKey('probation service - northshire delivery unit'));
    expect(agencyKey('Safe Passage’s Trust')).toBe(agencyKey("Safe Passage's Trust"));
  });
});

describe('parseMilestones', () => {
  it('reads titles with due dates in either order, one per line or separated by semicolons', () => {
    const { milestones, errors } = parseMilestones(
      'Training package agreed (31/03/2025); Pilot live - due 2025-06-30\n30 Sep 2025: Evaluation published\n- Report to board by 15/10/2025',
    );
    expect(errors).toEqual([]);
    expect(milestones).toEqual([
      { title: 'Training package agreed', dueDate: '2025-03-31' },
      { title: 'Pilot live', dueDate: '2025-06-30' },
      { title: 'Evaluation published', dueDate: '2025-09-30' },
      { title: 'Report to board', dueDate: '2025-10-15' },
    ]);
  });
  it('reports an item without a date or with an impossible one', () => {
    const { milestones, errors } = parseMilestones('Agree scope; Launch (31/02/2025); Review (2025-07-01)');
    expect(milestones).toEqual([{ title: 'Review', dueDate: '2025-07-01' }]);
    expect(errors).toHaveLength(2);
  });
});
