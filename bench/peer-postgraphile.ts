/**
 * The peer of `npm run bench`: PostGraphile v5 over the bench database, as a child process, with
 * the schema it generates from the tables (Amber preset: relations as connections, `condition`
 * and `orderBy` arguments) and production-like settings (no GraphiQL, no watch, no explain).
 * It connects as a read-only role, so it can only serve reads.
 *
 * Env: PEER_DATABASE_URL (the read-only role), PORT, and PRINT_SCHEMA=1 to print the SDL and exit.
 */
import './node20-polyfills';
import { createServer } from 'node:http';
import { printSchema } from 'graphql';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

async function main(): Promise<void> {
  const connectionString = process.env.PEER_DATABASE_URL;
  if (!connectionString) throw new Error('PEER_DATABASE_URL is required');
  const port = Number(process.env.PORT ?? 5050);
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset],
    // Same pool size as the API's default (DATABASE_POOL_SIZE 10), so neither gets more connections.
    pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  if (process.env.PRINT_SCHEMA) {
    const { schema } = await pgl.getSchemaResult();
    process.stdout.write(printSchema(schema));
    await Promise.resolve(pgl.release());
    return;
  }
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  serv.addTo(server).catch((error) => {
    console.error(error);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => console.log(`postgraphile ready on 127.0.0.1:${port}`));
  const stop = () => server.close(() => void Promise.resolve(pgl.release()).then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
