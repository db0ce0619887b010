import { BadUserInputError } from '../errors/app-error';

/** Opaque cursors: base64url of a JSON array of the sort key values of the row they point at. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number, field = 'after'): (string | number)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === arity && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw BadUserInputError.field(field, 'Not a cursor returned by this API');
}

/** Page size: default 50, between 1 and 200. */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return 50;
  if (!Number.isInteger(first) || first < 1 || first > 200) {
    throw BadUserInputError.field(field, 'Must be an integer from 1 to 200');
  }
  return first;
}
