import { writeFileSync } from 'node:fs';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { AuditLogModule } from '@app/audit-log';
import { BoardPackModule } from '@app/board-pack';
import { BoardReportModule } from '@app/board-report';
import { IdentityModule } from '@app/identity';
import { PartnershipModule } from '@app/partnership';
import { PlanImportModule } from '@app/plan-import';
import { PlanningModule } from '@app/planning';
import { ProgressModule } from '@app/progress';
import { RoundsModule } from '@app/rounds';
import { resolversOf } from './resolvers-of';
import { WebModule } from './web/web.module';

/** The API's feature modules: the schema is built from the resolvers they register (and those of the modules they import). */
export const SCHEMA_MODULES = [
  PartnershipModule,
  IdentityModule,
  PlanningModule,
  ProgressModule,
  BoardReportModule,
  AuditLogModule,
  BoardPackModule,
  PlanImportModule,
  RoundsModule,
  WebModule,
];

/** Every resolver class of the API, for building the schema without a database. */
export const ALL_RESOLVERS = resolversOf(SCHEMA_MODULES);

/** The server's GraphQL schema, field extensions included, built from the resolvers alone (no database needed). */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(ALL_RESOLVERS);
  await app.close();
  return schema;
}

/** The server's GraphQL schema as SDL, built from the resolvers alone (no database needed). */
export async function buildSchemaSdl(): Promise<string> {
  // Sorted, so the file does not depend on the order modules happen to load in.
  return printSchema(lexicographicSortSchema(await buildApiSchema()));
}

export async function printSchemaFile(path?: string): Promise<void> {
  const sdl = await buildSchemaSdl();
  if (path) writeFileSync(path, sdl);
  else process.stdout.write(sdl);
}
