import { GraphQLSchema, OperationDefinitionNode, parse } from 'graphql';
import { buildApiSchema } from './print-schema';
import { cacheKey, heapBytes, planOf, reachesCallerDependentField } from './response-cache';
import { SHARED_FIELDS } from './response-cache.fields';

const PLAN = '5b0e7c8a-2f1d-4c3e-9a6b-0d1e2f3a4b5c';
const OTHER = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

// The server's own schema, with the fields marked @PerCaller().
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
}, 60_000);

function scope(source: string, variables: Record<string, unknown> = {}): string | null {
  const document = parse(source);
  return planOf(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
}

describe('planOf: which reads the response cache may keep', () => {
  it('names the plan of a board report, an actions page, overdue actions and a plan read', () => {
    expect(scope(`query($p: ID!) { boardReport(deliveryPlanId: $p) { asOf } }`, { p: PLAN })).toBe(PLAN);
    expect(scope(`{ actions(deliveryPlanId: "${PLAN}", first: 5) { totalCount } }`)).toBe(PLAN);
    expect(scope(`{ overdueActions(deliveryPlanId: "${PLAN}") { ref } }`)).toBe(PLAN);
    expect(scope(`{ deliveryPlan(id: "${PLAN.toUpperCase()}") { title } __typename }`)).toBe(PLAN);
  });

  it('keeps several reads of the same plan in one document together', () => {
    expect(scope(`query($p: ID!) { r: boardReport(deliveryPlanId: $p) { asOf } deliveryPlan(id: $p) { title } }`, { p: PLAN })).toBe(PLAN);
  });

  it('refuses mutations, other root fields, two plans, ids that are not UUIDs and missing variables', () => {
    expect(scope(`mutation { reportProgress(input: {}) { id } }`)).toBeNull();
    expect(scope(`{ me { name } }`)).toBeNull();
    expect(scope(`{ boardReport(deliveryPlanId: "${PLAN}") { asOf } me { name } }`)).toBeNull();
    expect(scope(`{ a: deliveryPlan(id: "${PLAN}") { title } b: deliveryPlan(id: "${OTHER}") { title } }`)).toBeNull();
    expect(scope(`{ deliveryPlan(id: "plan-1") { title } }`)).toBeNull();
    expect(scope(`query($p: ID!) { deliveryPlan(id: $p) { title } }`)).toBeNull();
    expect(scope(`{ __typename }`)).toBeNull();
  });

  it('refuses root fragments and any document selecting memberships, fragments included', () => {
    expect(scope(`query { ...F } fragment F on Query { deliveryPlan(id: "${PLAN}") { title } }`)).toBeNull();
    expect(scope(`{ deliveryPlan(id: "${PLAN}") { strategy { title } } } fragment U on User { memberships { role } }`)).toBeNull();
    expect(scope(`{ deliveryPlan(id: "${PLAN}") { ... on DeliveryPlan { title } } }`)).toBe(PLAN);
  });

  it('refuses a field marked @PerCaller() by its type, however it is reached: aliased, in a fragment, an inline fragment, nested', () => {
    expect(scope(`{ deliveryPlan(id: "${PLAN}") { actions { ref canReportProgress } } }`)).toBeNull();
    expect(scope(`{ deliveryPlan(id: "${PLAN}") { actions { ref mayReport: canReportProgress } } }`)).toBeNull();
    expect(
      scope(`{ actions(deliveryPlanId: "${PLAN}") { edges { node { ...A } } } } fragment A on Action { ref ...B } fragment B on Action { canReportProgress }`),
    ).toBeNull();
    expect(scope(`{ boardReport(deliveryPlanId: "${PLAN}") { overdueActions { action { ... on Action { canReportProgress } } } } }`)).toBeNull();
    expect(scope(`{ boardReport(deliveryPlanId: "${PLAN}") { updatesSince { author { roles: memberships { role } } } } }`)).toBeNull();
  });

  it('keeps a nested read whose fields are all the same for every reader, and refuses a field the schema does not know', () => {
    expect(scope(`{ deliveryPlan(id: "${PLAN}") { actions { ref leadOfficer { name email agency { name } } updates { author { name } } } } }`)).toBe(PLAN);
    expect(scope(`{ deliveryPlan(id: "${PLAN}") { actions { ref noSuchField } } }`)).toBeNull();
  });

  it('fails closed: a field not reviewed as shared is refused as a marked one is', () => {
    const document = parse(`{ deliveryPlan(id: "${PLAN}") { __typename title actions { ref } } }`);
    const withoutTitle = new Set([...SHARED_FIELDS].filter((field) => field !== 'DeliveryPlan.title'));

    expect(reachesCallerDependentField(schema, document)).toBe(false);
    expect(reachesCallerDependentField(schema, document, withoutTitle)).toBe(true);
  });
});

describe('cacheKey: what a kept response is found by', () => {
  const operation = parse('query Read($p: ID!) { deliveryPlan(id: $p) { title } }').definitions[0] as OperationDefinitionNode;

  it('is 64 hex characters, and ignores variables the operation does not declare', () => {
    const plain = cacheKey('2026-11-29', 'Read', 'hash', operation, { p: PLAN });
    const padded = cacheKey('2026-11-29', 'Read', 'hash', operation, { p: PLAN, junk: 'x'.repeat(900_000) });
    expect(plain).toMatch(/^[0-9a-f]{64}$/);
    expect(padded).toBe(plain);
  });

  it('differs by day, operation and declared variable', () => {
    const keys = new Set([
      cacheKey('2026-11-29', 'Read', 'hash', operation, { p: PLAN }),
      cacheKey('2026-11-30', 'Read', 'hash', operation, { p: PLAN }),
      cacheKey('2026-11-29', 'Other', 'hash', operation, { p: PLAN }),
      cacheKey('2026-11-29', 'Read', 'hash2', operation, { p: PLAN }),
      cacheKey('2026-11-29', 'Read', 'hash', operation, { p: OTHER }),
    ]);
    expect(keys.size).toBe(5);
  });
});

describe('heapBytes: what a kept response is counted as', () => {
  it.each([
    // a string: 16 + 2 × 2
    ['"xy"', 'xy', 20],
    // an object: 32, its key "a" 16 + 1, its value "xy" 20
    ['{ a: "xy" }', { a: 'xy' }, 69],
    // an array: 32 + 8 × 3 slots, two numbers at 16 each, null at 8: 32 + 24 + 32 + 8
    ['[1, 2, null]', [1, 2, null], 96],
  ])('counts %s', (_name, value, expected) => {
    expect(heapBytes(value)).toBe(expected);
  });

  it('gives up (null) past its limit, without walking the rest', () => {
    expect(heapBytes({ a: 'x'.repeat(1000) }, 1000)).toBeNull();
  });
});
