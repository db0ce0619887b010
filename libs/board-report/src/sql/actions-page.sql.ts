import { REF_ORDER_SQL } from '@app/planning';
import { actionStateSql } from '@app/progress';
import { ACTION_ENTITY_COLUMNS } from './action-columns.sql';

/** Filter values, already validated; ids that are not UUIDs are turned into "matches nothing" by the caller. */
export interface ActionsPageCriteria {
  planId: string;
  /** The instant "today" is reckoned from (in the partnership's timezone, inside PostgreSQL). */
  now: Date;
  pillar?: string | null;
  objectiveId?: string | null;
  leadAgencyId?: string | null;
  agencyId?: string | null;
  statuses?: readonly string[] | null;
  rags?: readonly string[] | null;
  overdue?: boolean | null;
  dueOnOrBefore?: string | null;
  dueOnOrAfter?: string | null;
  /** A LIKE pattern, wildcards already escaped with backslash and wrapped in %. */
  searchPattern?: string | null;
  /** Ref of the last row of the previous page (keyset). */
  afterRef?: string | null;
  limit: number;
}

/** Escapes LIKE wildcards (and the escape character) so user text matches itself, then wraps it in %. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A key for natural ref order that has no NULLs, so rows can be compared as tuples for keyset paging. */
const refKey = (alias: string): string => `((${REF_ORDER_SQL(alias)}) IS NULL, COALESCE(${REF_ORDER_SQL(alias)}, '{}'::int[]), ${alias}.ref)`;

/**
 * One page of a plan's actions with their state as of today, filtered in SQL, in natural ref order
 * ("1.2" < "1.10"; other refs after, by text), keyset-paged after a ref, plus the total number of
 * matching actions (all pages). Always returns at least one row: when the page is empty, a single
 * row whose `action_id` is NULL carries `total_count`. Asks for `limit` rows; the caller asks for
 * one more than the page size to learn whether another page follows.
 *
 * Only fixed fragments enter the SQL text; every value is a bind parameter.
 */
export function actionsPageSql(c: ActionsPageCriteria): { sql: string; params: unknown[] } {
  const params: unknown[] = [c.planId, c.now];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (c.pillar) where.push(`o.pillar = ${bind(c.pillar)}`);
  if (c.objectiveId) where.push(`a.objective_id = ${bind(c.objectiveId)}::uuid`);
  if (c.leadAgencyId) where.push(`a.lead_agency_id = ${bind(c.leadAgencyId)}::uuid`);
  if (c.agencyId) {
    const agency = bind(c.agencyId);
    where.push(
      `(a.lead_agency_id = ${agency}::uuid OR EXISTS (SELECT 1 FROM action_supporting_agency sa WHERE sa.action_id = a.id AND sa.agency_id = ${agency}::uuid))`,
    );
  }
  if (c.statuses && c.statuses.length > 0) where.push(`s.status = ANY(${bind(c.statuses)}::text[])`);
  if (c.rags && c.rags.length > 0) where.push(`s.rag = ANY(${bind(c.rags)}::text[])`);
  if (c.overdue !== null && c.overdue !== undefined) where.push(`s.overdue = ${bind(c.overdue)}::boolean`);
  if (c.dueOnOrBefore) where.push(`a.due_date <= ${bind(c.dueOnOrBefore)}::date`);
  if (c.dueOnOrAfter) where.push(`a.due_date >= ${bind(c.dueOnOrAfter)}::date`);
  if (c.searchPattern) {
    const pattern = bind(c.searchPattern);
    where.push(`(a.ref ILIKE ${pattern} ESCAPE '\\' OR a.title ILIKE ${pattern} ESCAPE '\\' OR a.description ILIKE ${pattern} ESCAPE '\\')`);
  }
  const after =
    c.afterRef === null || c.afterRef === undefined ? 'TRUE' : `f.ref_key > (SELECT ${refKey('cur')} FROM (SELECT ${bind(c.afterRef)}::text AS ref) cur)`;
  const limit = bind(c.limit);

  const sql = `
    WITH s AS (${actionStateSql({ by: 'planToday', plan: 1, now: 2 })}),
    filtered AS (
      SELECT s.*, ${ACTION_ENTITY_COLUMNS('a')}, ${refKey('a')} AS ref_key
        FROM s
        JOIN action a ON a.id = s.action_id
        JOIN objective o ON o.id = a.objective_id
       WHERE ${where.length > 0 ? where.join('\n         AND ') : 'TRUE'}
    ),
    page AS (
      SELECT f.* FROM filtered f WHERE ${after} ORDER BY f.ref_key LIMIT ${limit}
    )
    SELECT (SELECT count(*) FROM filtered)::int AS total_count, page.*
      FROM (VALUES (1)) AS one (x)
      LEFT JOIN page ON TRUE
     ORDER BY page.ref_key`;
  return { sql, params };
}
