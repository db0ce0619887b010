import { createHash } from 'node:crypto';
import { ApolloServerPlugin, GraphQLResponse, HeaderMap } from '@apollo/server';
import {
  BREAK,
  DocumentNode,
  getNamedType,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  OperationTypeNode,
  OperationDefinitionNode,
  TypeInfo,
  ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { ActorSource, Clock, GqlContext, isPerCaller, Permission, PolicyService, requestToken } from '@app/common';
import { SHARED_FIELDS } from './response-cache.fields';

/**
 * The reads a board pack is made of, keyed by the argument that names their delivery plan. Every
 * root field of a cached operation must be one of these, naming the same plan. Each is
 * `@Allow(Permission.PartnershipRead)` and its service asserts that permission on the plan's
 * partnership: the cache checks the same (`PLAN_READ_PERMISSION`) before serving a kept response.
 */
const PLAN_READS: Record<string, string> = {
  boardReport: 'deliveryPlanId',
  overdueActions: 'deliveryPlanId',
  actions: 'deliveryPlanId',
  deliveryPlan: 'id',
};

/** The permission the plan reads require on the plan's partnership. */
const PLAN_READ_PERMISSION = Permission.PartnershipRead;

/** The root fields whose responses the cache may keep. */
export const CACHED_READS: readonly string[] = Object.keys(PLAN_READS);

const VERSION_SQL = `
  SELECT p.partnership_id AS "partnershipId", s.timezone,
         (SELECT coalesce(sum(v.changes), 0) FROM data_version v WHERE v.partnership_id = p.partnership_id)::text
           || '.' ||
         (SELECT coalesce(sum(v.changes), 0) FROM data_version v WHERE v.partnership_id = '00000000-0000-0000-0000-000000000000')::text AS version
    FROM delivery_plan p JOIN partnership s ON s.id = p.partnership_id
   WHERE p.id = $1`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Result = Extract<GraphQLResponse['body'], { kind: 'single' }>['singleResult'];

interface Entry {
  version: string;
  result: Result;
  /** What the entry holds in memory, its key included (`heapBytes`). */
  bytes: number;
}

/** A Map entry's own cost beside its key and value (hash table slot, the entry object): generous. */
const ENTRY_OVERHEAD = 200;

/**
 * Whole responses of the plan reads (board report, actions pages, the nested plan), served again
 * only while nothing they could show has changed.
 *
 * Triggers count every change to a partnership's rows, and to the platform's agencies and
 * accounts, in the same transaction as the change (migration `DataVersion`). Before computing a
 * read, its partnership's count is taken; the response is kept under that count and served again
 * only while a later request reads the same count. A change committed after the count was taken
 * raises it, so no request that starts after a change can be given a response computed before it —
 * a back-dated progress return included. Each instance keeps its own cache and reads the count
 * from PostgreSQL, so any number of instances stay right.
 *
 * The caller is authenticated afresh on every request (the account and its roles, as the guard
 * does) and must hold the plan reads' permission in the plan's partnership (`PolicyService`, as the
 * services check it). A document is kept only when no field it selects depends on who asks, so the
 * members of a partnership share the responses: the check walks the document with the schema's
 * types (fragments and inline fragments included) and refuses one that reaches a field marked
 * `@PerCaller()` (`User.memberships`, `Action.canReportProgress`, …), or any field not reviewed as
 * the same for every reader (`SHARED_FIELDS`, response-cache.fields.ts): a new field is never
 * kept until decided on, and `response-cache.fields.spec.ts`, which walks every field reachable
 * from the cached reads, fails until it is. Responses with errors are never kept. A request with
 * `Cache-Control: no-cache` is computed afresh.
 *
 * Memory is bounded by what is stored, whatever the requests (issue #11): the key is a SHA-256 of
 * the partnership's today (on which the actions' "as of today" state depends), the operation and
 * only the variables the operation declares (graphql-js ignores the others, and validation refuses
 * declared ones that are unused), so a request cannot make a key larger by carrying a large unused
 * variable; each entry is counted as its key, its response's size in memory and an overhead, and
 * the least recently used go once the total is over `maxBytes`.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    readonly maxBytes: number,
    private readonly db: DataSource,
    private readonly actors: ActorSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
  ) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  plugin(): ApolloServerPlugin<GqlContext> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- Apollo calls the hooks below as methods of their own objects
    const cache = this;
    return {
      async requestDidStart() {
        let pending: { key: string; version: string } | undefined;
        return {
          async responseForOperation({ schema, document, operation, request, contextValue, queryHash }) {
            if (!operation || !queryHash) return null;
            const planId = planOf(schema, document, operation, request.variables ?? {});
            if (!planId) return null;
            // As the guard: a bearer token, else the web app's session cookie.
            const token = requestToken(contextValue.req);
            if (!token) return null;
            // The guard uses this actor instead of loading it a second time.
            const actor = (contextValue.actor = await cache.actors.actorFromToken(token));
            if (!actor) return null;
            const rows: { partnershipId: string; timezone: string; version: string }[] = await cache.db.query(VERSION_SQL, [planId]);
            const plan = rows[0];
            if (!plan || !cache.policy.can(actor, PLAN_READ_PERMISSION, plan.partnershipId)) return null;

            const key = cacheKey(cache.clock.today(plan.timezone), request.operationName ?? '', queryHash, operation, request.variables ?? {});
            // `Cache-Control: no-cache` asks for a response computed now (and keeps it for the next caller).
            const fresh = request.http?.headers.get('cache-control')?.includes('no-cache') ?? false;
            const hit = fresh ? undefined : cache.entries.get(key);
            if (hit?.version === plan.version) {
              cache.entries.delete(key);
              cache.entries.set(key, hit);
              return { http: { headers: new HeaderMap(), status: undefined }, body: { kind: 'single', singleResult: { ...hit.result } } };
            }
            pending = { key, version: plan.version };
            return null;
          },
          async willSendResponse({ response }) {
            if (!pending || response.body.kind !== 'single') return;
            const result = response.body.singleResult;
            if (result.errors?.length || !result.data) return;
            // A response recomputed under the count its kept twin was computed under is no newer for
            // any later reader: keep the twin (and skip measuring this one).
            if (cache.entries.get(pending.key)?.version === pending.version) return;
            const bytes = heapBytes(result, cache.maxBytes / 4);
            if (bytes === null) return;
            cache.store(pending.key, { version: pending.version, result, bytes: bytes + pending.key.length * 2 + pending.version.length * 2 + ENTRY_OVERHEAD });
          },
        };
      },
    };
  }

  /** Memory held by the kept responses and their keys (tests read it). */
  get heldBytes(): number {
    return this.bytes;
  }

  private store(key: string, entry: Entry): void {
    if (entry.bytes > this.maxBytes / 4) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.bytes -= previous.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.bytes;
    }
  }
}

/**
 * The cache key: a SHA-256 (64 characters whatever the request) of the day, the operation and the
 * values of the variables the operation declares, in the order it declares them.
 */
export function cacheKey(today: string, operationName: string, queryHash: string, operation: OperationDefinitionNode, variables: Record<string, unknown>): string {
  const declared = (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, variables[d.variable.name.value] ?? null]);
  return createHash('sha256')
    .update(JSON.stringify([today, operationName, queryHash, declared]))
    .digest('hex');
}

/**
 * An estimate, on the high side, of the memory a JSON-like value holds in V8: strings at two bytes
 * a character plus a header, objects and arrays at a header plus a slot per property or item, and
 * numbers boxed. Stops and answers null once past `limit` (such a response is not kept anyway).
 */
export function heapBytes(value: unknown, limit = Infinity): number | null {
  let total = 0;
  const walk = (node: unknown): boolean => {
    if (typeof node === 'string') total += 16 + node.length * 2;
    else if (typeof node === 'number') total += 16;
    else if (Array.isArray(node)) {
      total += 32 + node.length * 8;
      for (const item of node) if (walk(item)) return true;
    } else if (node !== null && typeof node === 'object') {
      total += 32;
      for (const key in node as Record<string, unknown>) {
        total += 16 + key.length;
        if (walk((node as Record<string, unknown>)[key])) return true;
      }
    } else total += 8;
    return total > limit;
  };
  return walk(value) ? null : total;
}

/**
 * The one delivery plan every root field of a cacheable query reads, or null when it is not such a
 * query or when it selects anything that depends on the caller.
 */
export function planOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): string | null {
  if (operation.operation !== OperationTypeNode.QUERY) return null;
  let planId: string | null = null;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    if (selection.name.value === '__typename') continue;
    const argument = PLAN_READS[selection.name.value];
    const node = argument && selection.arguments?.find((a) => a.name.value === argument);
    const value = node ? valueOf(node.value, variables) : null;
    if (typeof value !== 'string' || !UUID.test(value) || (planId !== null && planId !== value)) return null;
    planId = value;
  }
  if (planId === null || reachesCallerDependentField(schema, document)) return null;
  return planId.toLowerCase();
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return node.kind === Kind.STRING ? node.value : null;
}

/**
 * Whether the document reaches a field that may differ between callers: on the type the schema
 * gives it, a field marked `@PerCaller()`, or one not reviewed as shared (`SHARED_FIELDS`), or one
 * the schema does not know (fails closed). Walks every definition: fragments (used or not) and
 * inline fragments under their type conditions, and other operations of the document (which only
 * makes it cautious). `__typename` is the same for everyone.
 */
export function reachesCallerDependentField(schema: GraphQLSchema, document: DocumentNode, shared: ReadonlySet<string> = SHARED_FIELDS): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '__typename') return undefined;
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || isPerCaller(field) || !shared.has(`${parent.name}.${field.name}`)) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return found;
}

/**
 * Every field a kept response can hold, walked through the schema from the cached reads
 * (`Query.boardReport` …) to the types they return, and theirs in turn, each with its marking.
 * A field marked `@PerCaller()` is listed but not walked through: a document selecting it is never
 * kept. Sorted by type, then field.
 */
export function cachedFields(schema: GraphQLSchema): { field: string; perCaller: boolean }[] {
  const query = schema.getQueryType();
  if (!query) return [];
  const fields: { field: string; perCaller: boolean }[] = [];
  const seen = new Set<string>();
  const queue: GraphQLNamedType[] = [];
  const follow = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    queue.push(type);
  };
  const roots = query.getFields();
  for (const name of CACHED_READS) {
    const root = roots[name];
    if (!root) continue;
    fields.push({ field: `${query.name}.${name}`, perCaller: isPerCaller(root) });
    if (!isPerCaller(root)) follow(getNamedType(root.type));
  }
  while (queue.length > 0) {
    const type = queue.shift()!;
    if (isUnionType(type)) type.getTypes().forEach(follow);
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    if (isInterfaceType(type)) schema.getPossibleTypes(type).forEach(follow);
    for (const field of Object.values(type.getFields())) {
      fields.push({ field: `${type.name}.${field.name}`, perCaller: isPerCaller(field) });
      if (!isPerCaller(field)) follow(getNamedType(field.type));
    }
  }
  return fields.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}
