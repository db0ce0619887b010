export * from './plan-import.module';
export * from './import/import-report';
export * from './rules/sheet-date.rule';
export * from './rules/plan-columns.rule';
export * from './rules/cell-values.rule';
export * from './rules/import-plan.rule';
export * from './rules/sheet-layout.rule';
