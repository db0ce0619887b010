export * from './rules/bank-holidays';
export * from './rules/working-days.rule';
export * from './rules/round-state.rule';
export * from './rules/compliance.rule';
export * from './rules/return-rules.rule';
export * from './rules/reminder-steps.rule';
