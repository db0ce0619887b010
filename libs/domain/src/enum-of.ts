/** The enum-like object of a vocabulary: each value keyed by itself (`{ PREVENT: 'PREVENT', … }`). */
export type EnumOf<T extends readonly string[]> = { readonly [K in T[number]]: K };

/**
 * A vocabulary's tuple as an object GraphQL (`registerEnumType`, `@Field(() => X)`), class-validator
 * (`IsEnum`) and code (`X.PREVENT`) can use as they use a TypeScript string enum. Built from the
 * tuple, so the two cannot disagree; keys keep the tuple's order.
 */
export function enumOf<const T extends readonly string[]>(values: T): EnumOf<T> {
  const object: Record<string, string> = {};
  for (const value of values) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(value)) throw new Error(`Not a vocabulary value: ${value}`);
    object[value] = value;
  }
  return Object.freeze(object) as EnumOf<T>;
}
