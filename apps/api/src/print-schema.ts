import { writeFileSync } from 'node:fs';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AuditLogResolver } from '@app/audit-log';
import { BOARD_REPORT_RESOLVERS } from '@app/board-report';
import { BoardPackUrlResolver, PublishedPackResolver } from '@app/board-pack';
import { MembershipResolver, UserResolver } from '@app/identity';
import { AgencyResolver, PartnershipResolver } from '@app/partnership';
import {
  ActionResolver,
  DeliveryPlanResolver,
  DueDateRevisionResolver,
  MilestoneResolver,
  ObjectiveResolver,
  PartnershipStrategiesResolver,
  StrategyResolver,
} from '@app/planning';
import { PROGRESS_RESOLVERS } from '@app/progress';
import { WEB_RESOLVERS } from './web/my-actions.resolver';
import { ROUNDS_RESOLVERS } from '@app/rounds';

/** Every resolver class of the API, for building the schema without a database. */
export const ALL_RESOLVERS = [
  PartnershipResolver,
  AgencyResolver,
  UserResolver,
  MembershipResolver,
  PartnershipStrategiesResolver,
  StrategyResolver,
  ObjectiveResolver,
  DeliveryPlanResolver,
  ActionResolver,
  MilestoneResolver,
  DueDateRevisionResolver,
  ...PROGRESS_RESOLVERS,
  ...BOARD_REPORT_RESOLVERS,
  AuditLogResolver,
  BoardPackUrlResolver,
  ...WEB_RESOLVERS,
  ...ROUNDS_RESOLVERS,
  PublishedPackResolver,
];

/** The server's GraphQL schema as SDL, built from the resolvers alone (no database needed). */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(ALL_RESOLVERS);
  await app.close();
  // Sorted, so the file does not depend on the order modules happen to load in.
  return printSchema(lexicographicSortSchema(schema));
}

export async function printSchemaFile(path?: string): Promise<void> {
  const sdl = await buildSchemaSdl();
  if (path) writeFileSync(path, sdl);
  else process.stdout.write(sdl);
}
