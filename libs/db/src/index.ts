export * from './data-source-options';
export * from './embedded-postgres';
export * from './snake-naming.strategy';
export * from './migrations';
export * from './seed/demo-seeder';
export * from './seed/demo-plan.data';
