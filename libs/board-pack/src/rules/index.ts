/** What changed between two published packs, as plain functions. No framework: `@app/board-pack/rules`. */
export * from './pack-differences.rule';
