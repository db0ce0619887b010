/**
 * The plan import: a delivery plan read from an XLSX or CSV sheet, checked, previewed and applied.
 * Public: the module, the import's report and the pure rules (also framework-free as
 * `@app/plan-import/rules`). Not its controller (the module registers it).
 */
export * from './plan-import.module';
export * from './import/import-report';
export * from './rules';
