import { decodeText } from './text-encoding';

describe('decodeText', () => {
  const text = 'Ref,Action\n1.1,Contracts over £100k – audit\n';

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(text);
  });

  it('reads Windows-1252, as Excel saves "CSV" on Windows ("£" is 0xA3, "–" is 0x96)', () => {
    const bytes = Buffer.from([
      ...Buffer.from('Ref,Action\n1.1,Contracts over ', 'latin1'),
      0xa3,
      ...Buffer.from('100k ', 'latin1'),
      0x96,
      ...Buffer.from(' audit\n', 'latin1'),
    ]);
    expect(decodeText(bytes)).toBe(text);
  });

  it('reads UTF-16 with a BOM, either byte order, and little-endian without one', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
    expect(decodeText(le)).toBe(text);
    expect(decodeText(be)).toBe(text);
  });

  it('gives null for binary bytes', () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]))).toBeNull();
  });
});
