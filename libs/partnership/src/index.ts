export * from './entities/agency.entity';
export * from './entities/partnership.entity';
export * from './entities/partnership-agency.entity';
export * from './types/agency.type';
export * from './types/partnership.type';
export * from './partnership.service';
export * from './partnership.module';
export * from './partnership.resolver';
