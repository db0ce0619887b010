/**
 * Reporting rounds as plain functions: working days and bank holidays, a round's state, returns
 * due and compliance, cadences and reminder steps. No framework: `@app/rounds/rules`.
 */
export * from './bank-holidays';
export * from './working-days.rule';
export * from './round-state.rule';
export * from './compliance.rule';
export * from './reminder-settings.rule';
export * from './reminder-steps.rule';
export * from './cadence.rule';
