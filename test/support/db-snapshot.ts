import { TestServer } from './test-server';

/** Row counts of every table of the database, by name. */
export type TableCounts = Record<string, number>;

const tableLists = new WeakMap<TestServer, Promise<string[]>>();

/** The base tables of the public schema (the application's tables, audit_event and the migrations table included). */
export function allTables(server: TestServer): Promise<string[]> {
  let tables = tableLists.get(server);
  if (!tables) {
    tables = server.db
      .query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)
      .then(({ rows }) => rows.map((r) => r.name));
    tableLists.set(server, tables);
  }
  return tables;
}

/**
 * Row counts of every table (for data_version, the sum of its change counters), in one statement, to show that a refused request wrote nothing
 * anywhere (not only in the table it aimed at). `except` leaves out tables a refusal may write by
 * design (login failures).
 */
export async function countAllTables(server: TestServer, except: string[] = []): Promise<TableCounts> {
  const tables = (await allTables(server)).filter((t) => !except.includes(t));
  // data_version holds one counter row per connection: its total, not its row count, moves with each write.
  const columns = tables
    .map((t) => (t === 'data_version' ? `(SELECT coalesce(sum(changes), 0)::int FROM data_version)` : `(SELECT count(*)::int FROM "${t}")`) + ` AS "${t}"`)
    .join(', ');
  const { rows } = await server.db.query(`SELECT ${columns}`);
  return rows[0] as TableCounts;
}

/** The tables whose counts differ between two snapshots, with after − before. */
export function countChanges(before: TableCounts, after: TableCounts): Record<string, number> {
  const changes: Record<string, number> = {};
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const delta = (after[table] ?? 0) - (before[table] ?? 0);
    if (delta !== 0) changes[table] = delta;
  }
  return changes;
}

export interface AuditEventRow {
  operation: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  partnershipId: string | null;
}

/** The newest audit events (by seq), newest first. */
export async function latestAuditEvents(server: TestServer, limit = 1): Promise<AuditEventRow[]> {
  const { rows } = await server.db.query(
    `SELECT operation, entity_type AS "entityType", entity_id AS "entityId", actor_id AS "actorId", partnership_id AS "partnershipId"
       FROM audit_event ORDER BY seq DESC LIMIT $1`,
    [limit],
  );
  return rows as AuditEventRow[];
}

/**
 * Internals that must never reach a client: stack frames, driver and ORM error names, PostgreSQL
 * messages, statements of ours, file paths. Chosen so that none occurs in the hostile values the
 * suites send (which error messages may echo back).
 */
export const INTERNAL_MARKERS = [
  'stacktrace',
  '"stack"',
  '    at ',
  'node_modules',
  'QueryFailedError',
  'TypeORMError',
  'EntityNotFound',
  'driverError',
  'violates',
  'duplicate key',
  'syntax error at',
  'SQLSTATE',
  'SELECT ',
  'INSERT INTO',
  'RETURNING',
  'FOR UPDATE',
  '.ts:',
  '.js:',
  '/work/',
];

/** The internal markers found in a raw response body. */
export function internalsIn(text: string): string[] {
  return INTERNAL_MARKERS.filter((marker) => text.includes(marker));
}
