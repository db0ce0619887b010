import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { zipBombXlsx, zipOf } from '../../../../test/support/hostile-files';
import { crc32, readDirectory, readZipEntries, storedZip, ZipLimitError } from './zip-entries';

const LIMITS = { maxEntries: 10, maxEntryBytes: 1000, maxTotalBytes: 1500 };
const entry = (name: string, text: string, declaredSize = Buffer.byteLength(text)) => ({
  name,
  compressed: deflateRawSync(Buffer.from(text)),
  declaredSize,
  crc: crc32(Buffer.from(text)),
});
const refusal = (fn: () => unknown): ZipLimitError => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ZipLimitError);
    return error as ZipLimitError;
  }
  throw new Error('not refused');
};

describe('zip entries read within limits', () => {
  it('reads deflated and stored entries as they were written', () => {
    const zip = zipOf([
      entry('a.xml', '<a>hello</a>'),
      { name: 'b.txt', compressed: Buffer.from('plain'), declaredSize: 5, crc: crc32(Buffer.from('plain')), stored: true },
    ]);
    expect(readZipEntries(zip, LIMITS).map((e) => [e.name, e.data.toString()])).toEqual([
      ['a.xml', '<a>hello</a>'],
      ['b.txt', 'plain'],
    ]);
  });

  it('inflates only the entries asked for', () => {
    const zip = zipOf([entry('a.xml', 'x'), entry('b.xml', 'y')]);
    expect(readZipEntries(zip, LIMITS, (name) => name === 'b.xml').map((e) => e.name)).toEqual(['b.xml']);
  });

  it('refuses from the directory alone an entry declared larger than the limit', () => {
    const zip = zipOf([{ ...entry('big.xml', 'small'), declaredSize: 5000 }]);
    const error = refusal(() => readDirectory(zip, LIMITS));
    expect(error.limit).toBe('maxEntryBytes');
    expect(error.message).toMatch(/big\.xml/);
  });

  it('refuses entries whose declared sizes add up to more than the total limit', () => {
    const zip = zipOf([entry('a', 'a'.repeat(800)), entry('b', 'b'.repeat(800))]);
    expect(refusal(() => readZipEntries(zip, LIMITS)).limit).toBe('maxTotalBytes');
  });

  it('refuses more entries than the limit before reading any', () => {
    const zip = zipOf(Array.from({ length: 11 }, (_, i) => entry(`e${i}`, 'x')));
    expect(refusal(() => readDirectory(zip, LIMITS)).limit).toBe('maxEntries');
  });

  it('stops inflating an entry at its declared size when the directory lies', () => {
    const zip = zipOf([entry('liar.xml', 'z'.repeat(100_000), 500)]);
    const error = refusal(() => readZipEntries(zip, { ...LIMITS, maxEntryBytes: 1000 }));
    expect(error.limit).toBe('maxEntryBytes');
    expect(error.message).toMatch(/more than its directory says/);
  });

  it('refuses an entry shorter than declared, and a file with no directory, as damaged', () => {
    expect(refusal(() => readZipEntries(zipOf([entry('short', 'abc', 10)]), LIMITS)).limit).toBeNull();
    expect(refusal(() => readZipEntries(Buffer.from('PK\u0003\u0004 not really a zip at all'), LIMITS)).limit).toBeNull();
  });

  it('refuses the 311 KB bomb whose sheet inflates to 300 MB from its directory, and the one that lies after 1 MB', async () => {
    const limits = { maxEntries: 100, maxEntryBytes: 16 * 1024 * 1024, maxTotalBytes: 48 * 1024 * 1024 };
    const truthful = await zipBombXlsx(300, 'truth');
    expect(truthful.length).toBeLessThan(400 * 1024);
    expect(refusal(() => readDirectory(truthful, limits)).message).toMatch(/sheet1\.xml" unpacks to 300(\.\d)? MB/);
    const liar = await zipBombXlsx(300, 'lie');
    expect(refusal(() => readZipEntries(liar, limits)).message).toMatch(/more than its directory says \(1 MB\)/);
  });

  it('writes a stored archive that exceljs loads to the same workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Plan – 2026').getCell('B2').value = 'Café';
    const original = Buffer.from(await workbook.xlsx.writeBuffer());
    const copy = storedZip(readZipEntries(original, { maxEntries: 100, maxEntryBytes: 1 << 24, maxTotalBytes: 1 << 24 }));
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(copy as unknown as ArrayBuffer);
    expect(read.worksheets[0].name).toBe('Plan – 2026');
    expect(read.worksheets[0].getCell('B2').value).toBe('Café');
  });

  it('computes the CRC-32 zip uses', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
