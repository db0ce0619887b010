/**
 * The progress rules as plain functions (DESIGN.md "The rules"): an action's state and RAG as of a
 * date, the plan's history, who may report what, and a return's narrative. No framework: import
 * them as `@app/progress/rules` from anything (the board pack's render process, scripts, tests)
 * without loading Nest or TypeORM.
 */
export * from './action-state.rule';
export * from './plan-history.rule';
export * from './report-progress.rule';
export * from './return-narrative.rule';
