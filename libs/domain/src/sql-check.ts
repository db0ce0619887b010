/**
 * `"column" IN ('A','B')`: a CHECK constraint (or a filter) written from a vocabulary, so SQL cannot
 * drift from it. The text matches what TypeORM's schema builder compares with the database, so an
 * entity's `@Check` written with it leaves a migrated database unchanged.
 */
export function sqlIn(column: string, values: readonly string[]): string {
  return `"${column}" IN (${sqlList(values)})`;
}

/** `'A','B'`: a vocabulary's values as SQL literals, for `IN (…)` or `ARRAY[…]` in a query. */
export function sqlList(values: readonly string[]): string {
  if (values.length === 0) throw new Error('An empty vocabulary has no SQL list');
  for (const value of values) if (!/^[A-Z][A-Z0-9_]*$/.test(value)) throw new Error(`Not a vocabulary value: ${value}`);
  return values.map((v) => `'${v}'`).join(',');
}

/** `ARRAY['A','B']`: a vocabulary in its order, e.g. for `array_position` to sort by it. */
export function sqlArray(values: readonly string[]): string {
  return `ARRAY[${sqlList(values)}]`;
}

/** `'A'`: one vocabulary value as an SQL literal (checked like `sqlList`). */
export function sqlValue(value: string): string {
  return sqlList([value]);
}
