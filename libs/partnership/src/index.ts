/**
 * Partnerships and agencies. Public: the module, its service, the entities, GraphQL types and
 * inputs, and the SQL shared on purpose (`public-sql.ts`). Not its resolvers (the module registers them).
 */
export * from './partnership.module';
export { PartnershipService } from './partnership.service';
export * from './entities/agency.entity';
export * from './entities/partnership.entity';
export * from './entities/partnership-agency.entity';
export * from './types/agency.type';
export * from './types/partnership.type';
export * from './inputs/update-agency.input';
export * from './public-sql';
export * from './inputs/add-agency-to-partnership.input';
export * from './inputs/create-agency.input';
export * from './inputs/create-partnership.input';
export * from './inputs/update-partnership.input';
