import { writeFileSync } from 'node:fs';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { FEATURE_MODULES } from '@app/core';
import { resolversOf } from './resolvers-of';
import { WebModule } from './web/web.module';

/** The core's feature modules and the web app's: the schema is built from the resolvers they register (and those of the modules they import). */
export const SCHEMA_MODULES = [...FEATURE_MODULES, WebModule];

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
