import { excelSerialToDate, parseSheetDate } from './sheet-date.rule';

describe('parseSheetDate', () => {
  it.each([
    ['2025-03-31', '2025-03-31'],
    ['2025-3-5', '2025-03-05'],
    ['2025-03-31T00:00:00.000Z', '2025-03-31'],
    ['2025/03/31', '2025-03-31'],
    ['31/03/2025', '2025-03-31'],
    ['1/4/2025', '2025-04-01'],
    ['04/05/2025', '2025-05-04'],
    ['31-03-2025', '2025-03-31'],
    ['31.03.2025', '2025-03-31'],
    ['31/03/25', '2025-03-31'],
    ['31 March 2025', '2025-03-31'],
    ['1st Sept 2025', '2025-09-01'],
    ['31-Mar-2025', '2025-03-31'],
    ['  29/02/2024 ', '2024-02-29'],
    ['45747', '2025-03-31'],
  ])('reads the text %j as %s', (text, expected) => {
    expect(parseSheetDate(text)).toEqual({ ok: true, date: expected });
  });

  it.each([
    [45747, '2025-03-31'],
    [45747.75, '2025-03-31'],
    [45351, '2024-02-29'],
    [25569, '1970-01-01'],
  ])('reads the Excel serial %d as %s', (serial, expected) => {
    expect(parseSheetDate(serial)).toEqual({ ok: true, date: expected });
  });

  it('takes a date cell as it is', () => {
    expect(parseSheetDate({ date: '2025-12-01' })).toEqual({ ok: true, date: '2025-12-01' });
  });

  it.each([['29/02/2025'], ['31/04/2025'], ['12/31/2025'], ['2025-13-01'], ['next Tuesday'], ['Q3 2025'], ['31 Smarch 2025'], ['']])('refuses %j', (text) => {
    expect(parseSheetDate(text).ok).toBe(false);
  });

  it.each([[2025], [0], [-3], [60], [1e7], [Number.NaN]])('refuses the number %d, which is no plausible date', (n) => {
    expect(parseSheetDate(n).ok).toBe(false);
  });

  it('refuses booleans and nothing', () => {
    expect(parseSheetDate(true).ok).toBe(false);
    expect(parseSheetDate(null).ok).toBe(false);
  });

  it('counts serials consecutively across month and year ends', () => {
    const a = excelSerialToDate(45657);
    const b = excelSerialToDate(45658);
    expect([a, b]).toEqual([
      { ok: true, date: '2024-12-31' },
      { ok: true, date: '2025-01-01' },
    ]);
  });
});
