import { randomBytes } from 'node:crypto';
import { GraphqlError } from './graphql-client';
import { TestServer } from './test-server';

/** A short random suffix for names, slugs, codes and refs that must be unique. */
export const uniqueSuffix = (): string => randomBytes(4).toString('hex');

/** Row counts of the given tables, to show a refused request wrote nothing. */
export async function rowCounts(server: TestServer, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await server.count(table);
  return counts;
}

export interface ExpectedAudit {
  operation: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
}

/** How many audit_event rows match exactly (operation, entity type and id, actor). */
export async function auditRows(server: TestServer, expected: ExpectedAudit): Promise<number> {
  return expected.actorId === null
    ? server.count('audit_event', 'operation = $1 AND entity_type = $2 AND entity_id = $3 AND actor_id IS NULL', [
        expected.operation,
        expected.entityType,
        expected.entityId,
      ])
    : server.count('audit_event', 'operation = $1 AND entity_type = $2 AND entity_id = $3 AND actor_id = $4', [
        expected.operation,
        expected.entityType,
        expected.entityId,
        expected.actorId,
      ]);
}

/** Internals that must never reach a client in an error response. */
export const LEAK_MARKERS = ['SELECT', 'INSERT', 'stack', 'at /'];

export function leakedMarkers(errors: GraphqlError[] | undefined): string[] {
  const body = JSON.stringify(errors ?? []);
  return LEAK_MARKERS.filter((marker) => body.includes(marker));
}

/** Every field path an error names: extensions.field and each extensions.fields[].path. */
export function errorFields(error: GraphqlError | undefined): string[] {
  const paths = new Set<string>();
  if (typeof error?.extensions?.field === 'string') paths.add(error.extensions.field);
  for (const problem of error?.extensions?.fields ?? []) paths.add(problem.path);
  return [...paths];
}
