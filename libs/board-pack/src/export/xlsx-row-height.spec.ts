import { rowHeight } from './xlsx-board-pack.writer';

describe('rowHeight', () => {
  // A column 40 characters wide holds 43 characters a line (width × 1.1, less one); 15 points a line, plus 3.
  it.each([
    ['a short cell', [['Deliver training', 40]], 18],
    ['43 characters, one line', [['x'.repeat(43), 40]], 18],
    ['44 characters, two lines', [['x'.repeat(44), 40]], 33],
    ['two paragraphs', [['first\nsecond', 40]], 33],
    [
      'the tallest cell of the row',
      [
        ['x'.repeat(10), 40],
        ['x'.repeat(130), 40],
      ],
      63,
    ],
  ] as [string, [string, number][], number][])('gives %s its height', (_label, cells, expected) => {
    expect(rowHeight(cells, 1)).toBe(expected);
  });

  it('never exceeds the 409 points Excel allows', () => {
    expect(rowHeight([['x'.repeat(5000), 10]], 1)).toBe(409);
  });
});
