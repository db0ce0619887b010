/** The board report's roll-up of action states into figures, as plain functions. No framework: `@app/board-report/rules`. */
export * from './roll-up.rule';
