import { constants, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { readZipEntries } from '../../libs/plan-import/src/import/zip-entries';

/**
 * Files built to overload an upload reader (issue 11), made in memory by the tests themselves:
 * nothing of the sort is kept in the repository.
 */

interface RawEntry {
  name: string;
  /** Raw deflate bytes (or the bytes themselves when `stored`). */
  compressed: Buffer;
  /** Size written in the zip's directories (may lie). */
  declaredSize: number;
  crc: number;
  stored?: boolean;
}

/** A zip archive of entries whose compressed bytes and declared sizes are given as they are. */
export function zipOf(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const method = e.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, e.compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.compressed.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += 30 + name.length + e.compressed.length;
  }
  const size = directory.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}

/** A one-sheet workbook written by exceljs, as its zip entries (name, inflated bytes). */
async function smallWorkbookEntries(): Promise<{ name: string; data: Buffer }[]> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Delivery plan').getCell('A1').value = 'Ref';
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return readZipEntries(buffer, { maxEntries: 100, maxEntryBytes: 1 << 24, maxTotalBytes: 1 << 26 });
}

/**
 * A raw deflate stream of `head`, then `chunk` repeated `times`, then `tail`, built without ever
 * holding the inflated whole: the chunk is compressed once after a full flush (which makes its
 * compressed form independent of what came before) and its bytes repeated.
 */
function repeatedDeflate(head: Buffer, chunk: Buffer, times: number, tail: Buffer): Buffer {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const block = deflateRawSync(chunk, flush);
  const parts = [deflateRawSync(head, flush)];
  for (let i = 0; i < times; i += 1) parts.push(block);
  parts.push(deflateRawSync(tail)); // ends with the final block
  return Buffer.concat(parts);
}

/**
 * An .xlsx whose only sheet inflates to about `megabytes` MB (mostly whitespace), about 1/1000 of that
 * KB on the wire. `declare` is the size its directory states: the truth, or a lie.
 */
export async function zipBombXlsx(megabytes = 300, declare: 'truth' | 'lie' = 'truth'): Promise<Buffer> {
  const entries = await smallWorkbookEntries();
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  );
  // Whitespace between rows: one repeated byte deflates about 1,000 to 1.
  const chunk = Buffer.alloc(10 * 1024 * 1024, ' ');
  const tail = Buffer.from('<row r="1"><c r="A1" t="inlineStr"><is><t>Ref</t></is></c></row></sheetData></worksheet>');
  const times = Math.ceil(megabytes / 10);
  const size = head.length + chunk.length * times + tail.length;
  return zipOf(
    entries.map((e) => {
      if (e.name !== 'xl/worksheets/sheet1.xml') return { name: e.name, compressed: deflateRawSync(e.data), declaredSize: e.data.length, crc: 0 };
      return { name: e.name, compressed: repeatedDeflate(head, chunk, times, tail), declaredSize: declare === 'truth' ? size : 1024 * 1024, crc: 0 };
    }),
  );
}

/** A small workbook with one cell in column XFD (the last) on each of `rows` rows. */
export async function wideSheetXlsx(rows = 100): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Delivery plan');
  for (let r = 1; r <= rows; r += 1) sheet.getCell(r, 16384).value = `far ${r}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** About `megabytes` MB of empty lines, as a CSV upload. */
export function blankCsv(megabytes = 5): Buffer {
  return Buffer.alloc(Math.floor(megabytes * 1024 * 1024) - 1024, '\n');
}
