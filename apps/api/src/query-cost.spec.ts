import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, OperationDefinitionNode, parse } from 'graphql';
import { ACTIONS_PAGE, BOARD_REPORT, WHOLE_PLAN } from '../../../bench/documents';
import { LIST_SIZES, MAX_COST, PAGE, queryCost } from './query-cost';

const SCHEMA = buildSchema(readFileSync(join(__dirname, '../schema.gql'), 'utf8'));

function cost(source: string, variables: Record<string, unknown> = {}): number {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return queryCost(SCHEMA, document, operation, variables);
}

describe('queryCost', () => {
  it('pins the planned list sizes the worked figures below use', () => {
    expect([LIST_SIZES['DeliveryPlan.actions'], LIST_SIZES['Action.updates'], LIST_SIZES['Action.milestones'], PAGE.default, PAGE.max]).toEqual([
      2000, 120, 24, 50, 200,
    ]);
  });

  it.each([
    // deliveryPlan 1 × (1 + title 1) = 2
    ['one object and a scalar', '{ deliveryPlan(id: "p") { title } }', 2],
    // deliveryPlan 1 × (1 + actions 2000 × (1 + ref 1)) = 1 + 4000 = 4001
    ['a list of 2,000 actions with one field', '{ deliveryPlan(id: "p") { actions { ref } } }', 4001],
    // action 1 × (1 + updates 120 × (1 + id 1 + reportedOn 1)) = 1 + 360 = 361
    ['an action with its history', '{ action(id: "a") { updates { id reportedOn } } }', 361],
    // actions 1 × (1 + totalCount 1 + edges 50 × (1 + node 1 × (1 + id 1))) = 1 + 1 + 150 = 152
    ['an actions page at the default size', '{ actions(deliveryPlanId: "p") { totalCount edges { node { id } } } }', 152],
    // actions 1 + totalCount 1 + edges 10 × 3 = 32
    ['an actions page of 10', '{ actions(deliveryPlanId: "p", first: 10) { totalCount edges { node { id } } } }', 32],
    // first: 5000 is clamped to 200: 1 + 200 × 3 = 601
    ['an actions page asking for 5,000 (counted as 200)', '{ actions(deliveryPlanId: "p", first: 5000) { edges { node { id } } } }', 601],
    // scalars and enum lists (ragReasons) count as one field: action 1 × (1 + 1 + 1) = 3
    ['a list of enum values', '{ action(id: "a") { ragReasons rag } }', 3],
    // introspection and __typename cost nothing
    ['introspection', '{ __typename __schema { types { name fields { name } } } }', 0],
  ])('counts %s', (_name, source, expected) => {
    expect(cost(source)).toBe(expected);
  });

  it('reads `first` from the variables', () => {
    // 1 + 7 × (1 + 1 + 1) = 22
    expect(cost('query($n: Int) { actions(deliveryPlanId: "p", first: $n) { edges { node { id } } } }', { n: 7 })).toBe(22);
  });

  it('counts a fragment at each spread, without expanding a fragment bomb', () => {
    // F = ref 1; two spreads inside actions: 2000 × (1 + 1 + 1) + deliveryPlan 1 = 6001
    expect(cost('{ deliveryPlan(id: "p") { actions { ...F ...F } } } fragment F on Action { ref }')).toBe(6001);
    const bomb = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Partnership { id ...F${i + 1} ...F${i + 1} }`).join(' ');
    // F30 = 1; Fi = 1 + 2 × F(i+1): F0 = 2^31 - 1; partnerships 500 × (1 + F0)
    expect(cost(`{ partnerships { ...F0 } } ${bomb} fragment F30 on Partnership { name }`)).toBe(500 * 2 ** 31);
  });

  it("passes the app's largest reads: the board report, an actions page, the whole plan", () => {
    for (const document of [BOARD_REPORT, ACTIONS_PAGE, WHOLE_PLAN]) expect(cost(document)).toBeLessThanOrEqual(MAX_COST);
  });

  it("passes the whole plan with every action's full history, as a plan dashboard would read it", () => {
    const wholeHistory = `{ deliveryPlan(id: "p") { title actions {
      id ref title dueDate pillar status progress rag ragReasons lastReportedOn objective { code title } leadAgency { name }
      supportingAgencies { name } leadOfficer { name } milestones { title dueDate completedOn overdue }
      updates { id reportedOn status percentComplete rag narrative createdAt author { name } agency { name } } } } }`;
    expect(cost(wholeHistory)).toBeLessThanOrEqual(MAX_COST);
  });

  it("passes the README's example for a member of one partnership, not for the platform's 500", () => {
    const example =
      '{ partnerships { name strategies { title deliveryPlans { id title actions { ref title leadAgency { name } status progress rag ragReasons dueDate } } } } }';
    const document = parse(example);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(queryCost(SCHEMA, document, operation, {}, { ...LIST_SIZES, 'Query.partnerships': 1 })).toBeLessThanOrEqual(MAX_COST);
    expect(cost(example)).toBeGreaterThan(MAX_COST);
  });

  it.each([
    ['updates → action → updates (depth 5)', '{ deliveryPlan(id: "p") { actions { updates { action { updates { id } } } } } }'],
    [
      'updates → action → updates → action → updates (depth 7, issue #11)',
      '{ deliveryPlan(id: "p") { actions { updates { action { updates { action { updates { id } } } } } } } }',
    ],
    [
      'milestones → action → milestones → action → updates',
      '{ deliveryPlan(id: "p") { actions { milestones { action { milestones { action { updates { id } } } } } } } }',
    ],
    [
      'partnerships → strategies → partnership → … 12 levels',
      '{ partnerships { strategies { partnership { strategies { partnership { strategies { partnership { strategies { partnership { strategies { partnership { id } } } } } } } } } } } }',
    ],
  ])('refuses %s', (_name, source) => {
    expect(cost(source)).toBeGreaterThan(MAX_COST);
  });
});
