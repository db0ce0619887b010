import { inflateRawSync } from 'node:zlib';

/**
 * A zip archive (an .xlsx) read with every size bounded before and while inflating, so an upload
 * cannot make the server hold more than the limits whatever its central directory says.
 *
 * - The central directory is read first, and the archive refused from it alone when it lists too
 *   many entries, or an entry (or all of them together) declares more than the limits: a classic
 *   zip bomb never gets inflated.
 * - Each entry is then inflated with a hard output cap of the size its directory entry declared,
 *   so a directory that lies is caught after at most that many bytes, never after 300 MB.
 *
 * Plain functions over a Buffer; the limits are arguments, so tests can use small ones.
 */

export interface ZipLimits {
  /** Entries in the archive (files and folders). */
  maxEntries: number;
  /** Inflated bytes of any one entry. */
  maxEntryBytes: number;
  /** Inflated bytes of all entries together. */
  maxTotalBytes: number;
}

/** Why an archive was refused: `limit` names the limit it broke, null for a damaged archive. */
export class ZipLimitError extends Error {
  constructor(
    message: string,
    readonly limit: keyof ZipLimits | null,
  ) {
    super(message);
  }
}

export interface ZipEntry {
  name: string;
  data: Buffer;
}

interface DirectoryEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

const damaged = (why: string) =>
  new ZipLimitError(`The file could not be read as an .xlsx workbook (${why}): save it from Excel as .xlsx or .csv and upload that`, null);

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function uint64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

/** The end-of-central-directory record: where the directory is and how many entries it lists. */
function endOfDirectory(buffer: Buffer): { count: number; offset: number; size: number } {
  const earliest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= earliest; at -= 1) {
    if (buffer.readUInt32LE(at) !== EOCD) continue;
    let count = buffer.readUInt16LE(at + 10);
    let size = buffer.readUInt32LE(at + 12);
    let offset = buffer.readUInt32LE(at + 16);
    if ((count === 0xffff || size === MAX32 || offset === MAX32) && at >= 20 && buffer.readUInt32LE(at - 20) === ZIP64_LOCATOR) {
      const record = uint64(buffer, at - 20 + 8);
      if (record + 56 > buffer.length || buffer.readUInt32LE(record) !== ZIP64_EOCD) throw damaged('its zip64 directory is missing');
      count = uint64(buffer, record + 32);
      size = uint64(buffer, record + 40);
      offset = uint64(buffer, record + 48);
    }
    return { count, offset, size };
  }
  throw damaged('it has no zip directory');
}

/** The central directory, checked against the limits before anything is inflated. */
export function readDirectory(buffer: Buffer, limits: ZipLimits): DirectoryEntry[] {
  if (buffer.length < 22) throw damaged('it is too short');
  const end = endOfDirectory(buffer);
  if (end.count > limits.maxEntries) {
    throw new ZipLimitError(`The workbook has ${end.count} parts; at most ${limits.maxEntries} are accepted`, 'maxEntries');
  }
  if (end.offset + end.size > buffer.length) throw damaged('its directory lies outside the file');
  const entries: DirectoryEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = end.offset;
  for (let i = 0; i < end.count; i += 1) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL) throw damaged('its directory is cut short');
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    let compressedSize = buffer.readUInt32LE(at + 20);
    let size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    let localOffset = buffer.readUInt32LE(at + 42);
    if (at + 46 + nameLength + extraLength > buffer.length) throw damaged('its directory is cut short');
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    // Zip64: the real sizes are in the extra field, in this order, for the fields set to 0xFFFFFFFF.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
      const id = buffer.readUInt16LE(x);
      const length = buffer.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let field = x + 4;
        const next = (): number => {
          if (field + 8 > x + 4 + length) throw damaged('a zip64 field is cut short');
          const value = uint64(buffer, field);
          field += 8;
          return value;
        };
        if (size === MAX32) size = next();
        if (compressedSize === MAX32) compressedSize = next();
        if (localOffset === MAX32) localOffset = next();
      }
      x += 4 + length;
    }
    if (size > limits.maxEntryBytes) {
      throw new ZipLimitError(
        `The workbook part "${name.slice(0, 100)}" unpacks to ${mb(size)}; at most ${mb(limits.maxEntryBytes)} per part is accepted`,
        'maxEntryBytes',
      );
    }
    total += size;
    if (total > limits.maxTotalBytes) {
      throw new ZipLimitError(`The workbook unpacks to more than ${mb(limits.maxTotalBytes)}, the most accepted`, 'maxTotalBytes');
    }
    if (names.has(name)) throw damaged('it lists a part twice');
    names.add(name);
    entries.push({ name, method, flags, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One entry's bytes, inflated with its declared size as a hard cap. */
function inflateEntry(buffer: Buffer, entry: DirectoryEntry): Buffer {
  if (entry.flags & 0x1) throw damaged('it is encrypted');
  const local = entry.localOffset;
  if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL) throw damaged('a part is missing');
  const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
  if (start + entry.compressedSize > buffer.length) throw damaged('a part is cut short');
  const compressed = buffer.subarray(start, start + entry.compressedSize);
  let data: Buffer;
  if (entry.method === 0) data = compressed;
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipLimitError(
          `The workbook part "${entry.name.slice(0, 100)}" unpacks to more than its directory says (${mb(entry.size)}): the file is damaged or built to overload the server`,
          'maxEntryBytes',
        );
      }
      throw damaged('a part does not unpack');
    }
  } else throw damaged(`a part uses compression method ${entry.method}`);
  if (data.length !== entry.size) throw damaged('a part is not the size its directory says');
  return data;
}

/**
 * Every entry of the archive, inflated, refused as soon as a limit is broken. `wanted` picks the
 * entries to inflate (the others are checked in the directory but never unpacked).
 */
export function readZipEntries(buffer: Buffer, limits: ZipLimits, wanted: (name: string) => boolean = () => true): ZipEntry[] {
  return readDirectory(buffer, limits)
    .filter((entry) => !entry.name.endsWith('/') && wanted(entry.name))
    .map((entry) => ({ name: entry.name, data: inflateEntry(buffer, entry) }));
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(data: Buffer): number {
  let crc = -1;
  for (let i = 0; i < data.length; i += 1) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/**
 * The entries as a zip archive again, stored (not compressed): what an .xlsx library then loads
 * reads exactly the bytes that were checked, never inflating anything itself.
 */
export function storedZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, entry.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const size = directory.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
