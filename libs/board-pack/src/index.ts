export * from './board-pack.module';
export * from './board-pack-url.resolver';
export * from './export/board-pack.data';
export * from './types/board-pack-format.type';
export * from './publish/published-pack.types';
export * from './publish/published-pack.resolver';
