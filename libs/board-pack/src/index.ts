/**
 * The board pack: a plan's board report as PDF, XLSX or CSV, its download links, and published
 * packs. Public: the module, GraphQL types, the pack's data shape and the pure rules (also
 * framework-free as `@app/board-pack/rules`). Not its resolvers or controllers (the module
 * registers them).
 */
export * from './board-pack.module';
export * from './export/board-pack.data';
export * from './types/board-pack-format.type';
export * from './publish/published-pack.types';
// The rules' `PackDifference` (a plain interface) is `@app/board-pack/rules`'s; here the name is the GraphQL type's.
export { ACTION_FIELDS, compareRefs, packDifferences, ROLL_UP_FIGURES, rollUpFigure } from './rules';
export type { ComparableAction, ComparablePack } from './rules';
