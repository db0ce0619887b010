export * from './data-source-options';
export * from './embedded-postgres';
export * from './snake-naming.strategy';
export * from './migrations';
