import { boundSheetXml, columnLetters, columnNumber, countElements, SheetLimitError } from './sheet-xml-bounds';

const LIMITS = { maxColumns: 256, maxRows: 5, maxCells: 10 };
const sheet = (data: string, extra = '') => Buffer.from(`<worksheet>${extra}<sheetData>${data}</sheetData></worksheet>`);
const refusal = (xml: Buffer, limits = LIMITS): SheetLimitError => {
  try {
    boundSheetXml(xml, 'Plan', limits);
  } catch (error) {
    expect(error).toBeInstanceOf(SheetLimitError);
    return error as SheetLimitError;
  }
  throw new Error('not refused');
};

describe('worksheet XML bounded cell by cell', () => {
  it('converts column letters both ways', () => {
    expect([columnNumber('A'), columnNumber('Z'), columnNumber('AA'), columnNumber('IV'), columnNumber('XFD')]).toEqual([1, 26, 27, 256, 16384]);
    expect([columnLetters(1), columnLetters(26), columnLetters(27), columnLetters(256), columnLetters(16384)]).toEqual(['A', 'Z', 'AA', 'IV', 'XFD']);
  });

  it('counts rows and cells and finds the last column with content', () => {
    const xml = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>2</v></c><c r="D1" s="1"/></row><row r="2"><c><v>1</v></c><c><v>2</v></c></row>');
    expect(boundSheetXml(xml, 'Plan', LIMITS)).toEqual({ rows: 2, cells: 5, lastColumn: 3 });
  });

  it('refuses a value in column XFD, naming the cell and the limit', () => {
    const error = refusal(sheet('<row r="1"><c r="XFD1" t="inlineStr"><is><t>far</t></is></c></row>'));
    expect(error.limit).toBe('maxColumns');
    expect(error.message).toBe('Sheet "Plan": cell XFD1 is beyond column IV; at most 256 columns are read (delete the cells to the right of the table)');
  });

  it('counts columns of cells written without a reference from the row start', () => {
    const cells = '<c><v>1</v></c>'.repeat(4);
    expect(refusal(sheet(`<row>${cells}</row>`), { ...LIMITS, maxColumns: 3 }).message).toMatch(/in column D is beyond column C/);
  });

  it('blanks empty cells beyond the column limit instead of refusing them', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1" s="3"/></row>');
    expect(boundSheetXml(xml, 'Plan', LIMITS).cells).toBe(1);
    expect(xml.toString()).not.toContain('XFD1');
    expect(xml.toString()).toContain('<c r="A1"><v>1</v></c>');
  });

  it('refuses more rows or cells than the limits', () => {
    expect(refusal(sheet('<row/>'.repeat(6))).limit).toBe('maxRows');
    expect(refusal(sheet(`<row>${'<c><v>1</v></c>'.repeat(11)}</row>`)).limit).toBe('maxCells');
  });

  it('counts the cells merged ranges cover', () => {
    expect(
      refusal(
        sheet('<row><c r="A1"><v>1</v></c></row>', '').subarray(0, 0).length === 0
          ? Buffer.from('<worksheet><sheetData/><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>')
          : Buffer.alloc(0),
      ).message,
    ).toMatch(/merged cells cover more than 10 cells/);
  });

  it('blanks column ranges reaching beyond the limit, and data validations', () => {
    const xml = Buffer.from(
      '<worksheet><cols><col min="1" max="16384" width="9"/></cols><sheetData/><dataValidations count="1"><dataValidation sqref="A1:XFD1048576" type="list"><formula1>"a,b"</formula1></dataValidation></dataValidations></worksheet>',
    );
    boundSheetXml(xml, 'Plan', LIMITS);
    expect(xml.toString().replace(/ +/g, ' ')).toBe('<worksheet> <sheetData/> </worksheet>');
  });

  it('keeps column ranges within the limit', () => {
    const xml = Buffer.from('<worksheet><cols><col min="1" max="20" width="9"/></cols><sheetData/></worksheet>');
    boundSheetXml(xml, 'Plan', LIMITS);
    expect(xml.toString()).toContain('<col min="1" max="20" width="9"/>');
  });

  it('counts elements, not longer names that start the same', () => {
    expect(countElements(Buffer.from('<sst><si><t>a</t></si><si><t>b</t></si><sit/></sst>'), 'si', 10)).toBe(2);
  });
});
