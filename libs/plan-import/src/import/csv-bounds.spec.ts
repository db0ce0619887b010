import { checkCsvShape, CsvLimitError } from './csv-bounds';

const LIMITS = { maxColumns: 3, maxFields: 6 };
const refusal = (text: string): CsvLimitError => {
  try {
    checkCsvShape(text, ',', LIMITS);
  } catch (error) {
    expect(error).toBeInstanceOf(CsvLimitError);
    return error as CsvLimitError;
  }
  throw new Error('not refused');
};

describe('CSV shape checked before parsing', () => {
  it('accepts records within the limits, trailing blank fields included', () => {
    expect(() => checkCsvShape('a,b,c\r\n1,2,3,,,\n\n\n', ',', LIMITS)).not.toThrow();
  });

  it('refuses a value beyond the column limit, naming the row and the limit', () => {
    const error = refusal('a,b,c\n1,2,3,4\n');
    expect(error.limit).toBe('maxColumns');
    expect(error.message).toBe('Row 2 has a value in column 4; at most 3 columns are read (delete the cells to the right of the table)');
  });

  it('refuses a record of more fields than the limit even when they are blank', () => {
    expect(refusal(`a\n${','.repeat(1_000_000)}`).limit).toBe('maxFields');
  });

  it('does not count delimiters or line breaks inside quotes', () => {
    expect(() => checkCsvShape('"a,b,c,d,e,f,g",x\n"line\none, two",y\n', ',', LIMITS)).not.toThrow();
    expect(refusal('"a,b",x\n"line\ntwo",y,z,w\n').message).toMatch(/^Row 2 /);
  });
});
