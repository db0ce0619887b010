/**
 * The plan import's rules as plain functions: reading a sheet's layout, headers and cells, and
 * planning what an import changes. No framework: `@app/plan-import/rules`.
 */
export * from './sheet-date.rule';
export * from './plan-columns.rule';
export * from './cell-values.rule';
export * from './agency-names.rule';
export * from './import-plan.rule';
export * from './sheet-layout.rule';
