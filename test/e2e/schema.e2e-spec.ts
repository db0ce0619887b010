import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, findBreakingChanges, getIntrospectionQuery, buildClientSchema, IntrospectionQuery, printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/db';
import { buildSchemaSdl } from '../../apps/api/src/print-schema';
import { createTestDatabase } from '../setup/test-database';
import { CONTRACT_PATH } from '../support/contract';
import { startTestServer, TestServer } from '../support/test-server';

const COMMITTED_SCHEMA = join(__dirname, '../../apps/api/schema.gql');

describe('GraphQL schema', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('is a compatible superset of the public contract', async () => {
    const { data } = await server.client.request<IntrospectionQuery>(getIntrospectionQuery());
    const served = buildClientSchema(data!);
    const contract = buildSchema(readFileSync(CONTRACT_PATH, 'utf8'));
    expect(findBreakingChanges(contract, served)).toEqual([]);
  });

  it('matches the committed apps/api/schema.gql (run `npm run schema` after changing the API)', async () => {
    expect(await buildSchemaSdl()).toEqual(readFileSync(COMMITTED_SCHEMA, 'utf8'));
  });

  it('serves introspection that prints the same schema as the schema builder', async () => {
    const { data } = await server.client.request<IntrospectionQuery>(getIntrospectionQuery());
    const printed = printSchema(buildClientSchema(data!));
    expect(printed).toContain('type BoardReport');
  });
});

describe('migrations', () => {
  it('leave nothing for the schema builder to change: the migrated database matches the entities', async () => {
    const database = await createTestDatabase();
    const ds = new DataSource(dataSourceOptions(database.url));
    try {
      await ds.initialize();
      expect(await ds.showMigrations()).toBe(false);
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
      await database.drop();
    }
  });

  it('can each be undone and run again, to the same schema', async () => {
    const database = await createTestDatabase();
    const ds = new DataSource(dataSourceOptions(database.url));
    try {
      await ds.initialize();
      const applied = async () => (await ds.query<{ name: string }[]>('SELECT name FROM migrations ORDER BY id')).map((r: { name: string }) => r.name);
      const all = await applied();
      for (let undone = 1; undone <= all.length; undone += 1) {
        await ds.undoLastMigration();
        expect(await applied()).toEqual(all.slice(0, all.length - undone));
      }
      expect(await ds.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`)).toEqual([]);
      expect(await ds.query(`SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`)).toEqual([]);

      await ds.runMigrations();
      expect(await applied()).toEqual(all);
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
      await database.drop();
    }
  });
});
