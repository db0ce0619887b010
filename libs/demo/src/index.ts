export * from './demo-seeder';
export * from './demo-plan.data';
