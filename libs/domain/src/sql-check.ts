/** `"column" IN ('A','B')`: a CHECK constraint (or a filter) written from a vocabulary, so SQL cannot drift from it. */
export function sqlIn(column: string, values: readonly string[]): string {
  for (const value of values) if (!/^[A-Z_]+$/.test(value)) throw new Error(`Not a vocabulary value: ${value}`);
  return `"${column}" IN (${values.map((v) => `'${v}'`).join(',')})`;
}
