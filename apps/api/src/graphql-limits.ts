import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriverConfig } from '@nestjs/apollo';

/**
 * Limits that refuse hostile documents before they are executed (depth, aliases, directives,
 * tokens, cost), sized so the board report, the whole-plan read and introspection pass with room.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 30,
  maxTokens: 4000,
  maxCost: 20000,
} as const;

export function graphqlArmor(production: boolean): Partial<ApolloDriverConfig> {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    // Aliased __typename counts too (graphql-armor lets it through by default): 30 means 30.
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [] },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // graphql-armor's Apollo token check throws from a plugin hook, which Apollo answers with HTTP 500
    // (for every syntax error too); graphql-js's own limit fails the parse: 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true },
    // Suggestions ("did you mean …") describe the schema; hide them where introspection is off.
    blockFieldSuggestion: { enabled: production },
  });
  // Cast: graphql-armor and @nestjs/apollo each see their own copy of Apollo's type declarations.
  const protection = armor.protect() as unknown as Partial<ApolloDriverConfig>;
  return { ...protection, parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens } };
}
