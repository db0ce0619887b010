import {
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isListType,
  isObjectType,
  isInterfaceType,
  isLeafType,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
  ValueNode,
  valueFromAST,
  visit,
  type DocumentNode,
} from 'graphql';

/**
 * How many items a list field can hold, as the service is planned for (not caps the data is held
 * to): a plan of 2,000 actions, ten years of monthly returns on an action, a platform of 500
 * partnerships. A list field not named here counts as `DEFAULT_LIST_SIZE`; lists of scalars count
 * as one field. Paged fields count their `first` (default 50, at most 200, as the resolvers clamp).
 * `Query.partnerships` is the platform's largest for an admin; a member sees only their own, and
 * an operation over the limit that lists partnerships is weighed again with the caller's real
 * number (`queryCostPlugin`).
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.partnerships': 500,
  'Query.agencies': 1000,
  'Query.overdueActions': 2000,
  'Partnership.agencies': 50,
  'Partnership.strategies': 10,
  'Strategy.deliveryPlans': 10,
  'Strategy.objectives': 50,
  'DeliveryPlan.actions': 2000,
  'Action.updates': 120,
  'Action.milestones': 24,
  'Action.supportingAgencies': 20,
  'User.memberships': 20,
  'BoardReport.byPillar': 4,
  'BoardReport.byObjective': 50,
  'BoardReport.byAgency': 50,
  'BoardReport.overdueActions': 2000,
  'BoardReport.dueSoon': 2000,
  'BoardReport.staleActions': 2000,
  'BoardReport.changes': 2000,
  'BoardReport.overdueMilestones': 5000,
  'BoardReport.updatesSince': 5000,
};

export const DEFAULT_LIST_SIZE = 100;

/** `first` of a paged field (`actions`, `auditEvents`): the resolvers' default and their largest page. */
export const PAGE = { default: 50, max: 200 } as const;

/**
 * The largest cost a request may have. The app's own largest reads cost far less at the sizes
 * above (the whole plan with every action's full history ≈ 3.0 M, the board report ≈ 0.2 M), while
 * one more step through a cycle multiplies by a list size: `actions { updates { action { updates
 * { id } } } } }` costs ≈ 29 M, and with `action { updates … }` once more ≈ 3.5 G. A member's
 * read of every action of their partnership's plans (`partnerships { strategies { deliveryPlans {
 * actions { … supportingAgencies { name } } } } }`, 10 strategies of 10 plans) costs ≈ 9 M.
 */
export const MAX_COST = 20_000_000;

/**
 * The cost of an operation, decided before it runs: every object and scalar it would produce at
 * the sizes above. A field costs 1, times the size of the list it is in; a list field of size n
 * costs n × (1 + what each item selects). Introspection fields (`__schema`, `__typename`) cost
 * nothing. Fragments count once per spread (their cost is worked out once per fragment, so a
 * fragment bomb is costed without being expanded).
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  sizes: Readonly<Record<string, number>> = LIST_SIZES,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();

  const selectionCost = (type: GraphQLNamedType | undefined | null, set: SelectionSetNode, page: number | null): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const field = fieldOf(type, name);
        if (!field) continue;
        const size = listSize(type!.name, field, page, sizes);
        const paged = pageSize(field, selection.arguments ?? [], variables);
        const child = selection.selectionSet ? selectionCost(getNamedType(field.type), selection.selectionSet, paged) : 0;
        total += size * (1 + child);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += selectionCost(condition, selection.selectionSet, page);
      } else {
        const name = selection.name.value;
        let cost = fragmentCosts.get(name);
        if (cost === undefined) {
          const fragment = fragments.get(name);
          // A cycle of fragments is refused by validation before this runs; counted as unbounded anyway.
          if (!fragment || inProgress.has(name)) return Infinity;
          inProgress.add(name);
          cost = selectionCost(schema.getType(fragment.typeCondition.name.value), fragment.selectionSet, page);
          inProgress.delete(name);
          fragmentCosts.set(name, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return selectionCost(root, operation.selectionSet, null);
}

function fieldOf(type: GraphQLNamedType | undefined | null, name: string): GraphQLField<unknown, unknown> | undefined {
  // A union's members are selected through inline fragments; only `__typename` is selected on it directly.
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** Items a field yields: its planned size when it is a list of objects, the page size for a connection's edges. */
function listSize(parent: string, field: GraphQLField<unknown, unknown>, page: number | null, sizes: Readonly<Record<string, number>>): number {
  const type = getNullableType(field.type);
  if (!isListType(type)) return 1;
  if (isLeafType(getNamedType(type))) return 1;
  if (page !== null && field.name === 'edges') return page;
  return sizes[`${parent}.${field.name}`] ?? DEFAULT_LIST_SIZE;
}

/** The page a paged field asks for (`first`), clamped as its resolver clamps it; null for other fields. */
function pageSize(
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Record<string, unknown>,
): number | null {
  const definition = field.args.find((a) => a.name === 'first');
  if (!definition) return null;
  const node = args.find((a) => a.name.value === 'first');
  const value = node ? valueFromAST(node.value, definition.type, variables) : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return PAGE.default;
  return Math.min(Math.max(Math.trunc(value), 1), PAGE.max);
}

/** Whether the operation or a fragment selects a field of this name (at any depth). */
export function selectsField(document: DocumentNode, name: string): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === name) found = true;
    },
  });
  return found;
}
