/**
 * The text of an uploaded CSV file, whatever Excel saved it as (issue 14): UTF-8 with or without a
 * BOM ("CSV UTF-8"), UTF-16 with a BOM ("Unicode text") or without one, and otherwise
 * Windows-1252 (Excel's plain "CSV" on Windows, where "£" is 0xA3 and "–" 0x96). Null when the
 * bytes are binary rather than text.
 */
export function decodeText(buffer: Buffer): string | null {
  if (startsWith(buffer, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(buffer.subarray(3));
  if (startsWith(buffer, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  if (startsWith(buffer, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  const bomless = utf16WithoutBom(buffer.subarray(0, 8192));
  if (bomless) return new TextDecoder(bomless).decode(buffer);
  if (buffer.subarray(0, 8192).includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    // Not UTF-8: the single-byte code page Excel writes on Windows. Every byte decodes, so this never fails.
    return decodeWindows1252(buffer);
  }
}

/** Windows-1252's 0x80–0x9F, where it differs from Latin-1 (0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned: kept as is). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Windows-1252 by table: Node's `TextDecoder('windows-1252')` decodes as Latin-1 without full
 * ICU, so "–" (0x96) came out as the control character U+0096.
 */
export function decodeWindows1252(buffer: Buffer): string {
  let out = '';
  for (let start = 0; start < buffer.length; start += 65536) {
    const chunk = buffer.subarray(start, start + 65536);
    const codes = new Array<string>(chunk.length);
    for (let i = 0; i < chunk.length; i += 1) {
      const b = chunk[i];
      codes[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    out += codes.join('');
  }
  return out;
}

function startsWith(buffer: Buffer, bytes: number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((b, i) => buffer[i] === b);
}

/**
 * UTF-16 without a BOM, told by its zero bytes: text in Latin letters has a zero in every other
 * byte (the high byte), on the odd positions for little-endian and the even ones for big-endian.
 * Binary files have zeros too, but not so regularly.
 */
function utf16WithoutBom(head: Buffer): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenZeros += 1;
    if (head[i + 1] === 0) oddZeros += 1;
  }
  if (oddZeros >= pairs * 0.9 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.9 && oddZeros === 0) return 'utf-16be';
  return null;
}
