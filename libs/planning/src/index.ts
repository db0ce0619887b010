/**
 * Planning: strategies, objectives, delivery plans, actions and milestones. Public: the module,
 * its services (reads and writes), the entities, GraphQL types and inputs, and the SQL shared on purpose
 * (`public-sql.ts`). Not its resolvers (the module registers them).
 */
export * from './planning.module';
export { PlanningService } from './planning.service';
export { PlanningWriteService } from './planning-write.service';
export * from './entities/action.entity';
export * from './entities/action-supporting-agency.entity';
export * from './entities/delivery-plan.entity';
export * from './entities/milestone.entity';
export * from './entities/objective.entity';
export * from './entities/strategy.entity';
export * from './types/planning.types';
export * from './inputs/planning.inputs';
export * from './public-sql';
