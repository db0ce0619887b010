import { OperationDefinitionNode, parse } from 'graphql';
import { planOf } from './response-cache';

const PLAN = '5b0e7c8a-2f1d-4c3e-9a6b-0d1e2f3a4b5c';
const OTHER = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

function scope(source: string, variables: Record<string, unknown> = {}): string | null {
  const document = parse(source);
  return planOf(document, document.definitions[0] as OperationDefinitionNode, variables);
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
});
