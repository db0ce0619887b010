/**
 * The project's vocabularies and field limits as framework-free constants with derived types: the one
 * source the GraphQL enums, the entities, the rules, the import and the SQL checks use.
 */
export * from './enum-of';
export * from './vocabulary';
export * from './field-limits';
export * from './sql-check';
export * from './update-in-force';
