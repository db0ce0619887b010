import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * Names of the fields the client selected under the field being resolved (through inline
 * fragments and named fragments too). A list resolver uses it to load its items' relations in bulk
 * before returning them, so the items' own field resolvers find their rows at hand.
 */
export function requestedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return names;
}
