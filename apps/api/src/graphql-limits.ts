import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { DocumentNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, TypeNode } from 'graphql';
import { GqlContext } from '@app/common';
import { LIST_SIZES, MAX_COST, queryCost, selectsField } from './query-cost';

/**
 * Limits that refuse hostile documents before they are executed (depth, aliases, directives,
 * tokens, a per-field cost), sized so the board report, the whole-plan read and introspection pass
 * with room. `queryCost` (below) then weighs the operation by the sizes of its lists.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 30,
  maxTokens: 4000,
  maxCost: 20000,
} as const;

export function graphqlArmor(): Partial<ApolloDriverConfig> {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    // Aliased __typename counts too (graphql-armor lets it through by default): 30 means 30.
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [] },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // graphql-armor's Apollo token check throws from a plugin hook, which Apollo answers with HTTP 500
    // (for every syntax error too); graphql-js's own limit fails the parse: 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true },
    // Off: its masking assigns to the message of errors graphql-jit has frozen, which throws and
    // turned every client error into an HTTP 500 in production (issue #11). Suggestions are hidden
    // by the error formatter instead (`graphqlErrorFormatter`).
    blockFieldSuggestion: { enabled: false },
  });
  // Cast: graphql-armor and @nestjs/apollo each see their own copy of Apollo's type declarations.
  const protection = armor.protect() as unknown as Partial<ApolloDriverConfig>;
  return { ...protection, parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens } };
}

/**
 * Refuses, before it runs, an operation whose cost at the planned list sizes (`query-cost.ts`)
 * is over `maxCost`: HTTP 400, `QUERY_TOO_COSTLY`, with the cost and the limit. It runs once the
 * operation is parsed, validated and its variables known (so `first: $n` counts), and before the
 * response cache is consulted.
 *
 * `partnershipsSeen` gives the number of partnerships the caller can list (null when unknown: no
 * valid session). It is asked only for an operation over the limit that selects `partnerships`,
 * whose planned size (every partnership of the platform) is what an admin sees, not a member.
 */
export function queryCostPlugin(
  options: { maxCost?: number; partnershipsSeen?: (context: GqlContext) => Promise<number | null> } = {},
): ApolloServerPlugin<GqlContext> {
  const maxCost = options.maxCost ?? MAX_COST;
  // Costs at the planned sizes by operation: they depend on the variables only through `first`
  // (an Int), so the key holds the declared Int variables' values. Least recently used go first.
  const known = new Map<string, number>();
  const plannedCost = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    queryHash: string | undefined,
    variables: Record<string, unknown>,
  ) => {
    const ints = (operation.variableDefinitions ?? []).filter((d) => namedTypeOf(d.type) === 'Int').map((d) => variables[d.variable.name.value] ?? null);
    const key = queryHash ? `${queryHash}:${operation.name?.value ?? ''}:${JSON.stringify(ints)}` : null;
    const hit = key === null ? undefined : known.get(key);
    if (hit !== undefined) return hit;
    const cost = queryCost(schema, document, operation, variables);
    if (key !== null) {
      known.set(key, cost);
      if (known.size > 500) known.delete(known.keys().next().value as string);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue, queryHash }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          let cost = plannedCost(schema, document, operation, queryHash, variables);
          if (cost > maxCost && options.partnershipsSeen && selectsField(document, 'partnerships')) {
            const seen = await options.partnershipsSeen(contextValue);
            if (seen !== null) cost = queryCost(schema, document, operation, variables, { ...LIST_SIZES, 'Query.partnerships': seen });
          }
          if (cost <= maxCost) return;
          throw new GraphQLError(
            `This query could produce ${formatCost(cost)} fields (the limit is ${formatCost(maxCost)}): ask for fewer nested lists, or a page at a time`,
            {
              extensions: { code: 'QUERY_TOO_COSTLY', cost: Number.isFinite(cost) ? Math.round(cost) : null, maxCost, http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}

function formatCost(cost: number): string {
  return Number.isFinite(cost) ? Math.round(cost).toLocaleString('en-GB') : 'unboundedly many';
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}
