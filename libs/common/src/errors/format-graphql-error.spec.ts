import { GraphQLError } from 'graphql';
import { graphqlErrorFormatter, withoutSuggestions } from './format-graphql-error';

describe('withoutSuggestions', () => {
  it.each([
    ['a field', 'Cannot query field "partnershipz" on type "Query". Did you mean "partnerships"?', 'Cannot query field "partnershipz" on type "Query".'],
    ['several fields', 'Cannot query field "nam" on type "Agency". Did you mean "name" or "kind"?', 'Cannot query field "nam" on type "Agency".'],
    [
      'an enum value',
      'Value "IN_PROGRES" does not exist in "ActionStatus" enum. Did you mean the enum value "IN_PROGRESS"?',
      'Value "IN_PROGRES" does not exist in "ActionStatus" enum.',
    ],
    [
      'an enum value in a variable',
      'Variable "$filter" got invalid value "OPN" at "filter.status[0]"; Value "OPN" does not exist in "ActionStatus" enum. Did you mean the enum value "ON_HOLD"?',
      'Variable "$filter" got invalid value "OPN" at "filter.status[0]"; Value "OPN" does not exist in "ActionStatus" enum.',
    ],
    ['a message without one', 'Action not found', 'Action not found'],
  ])('removes the suggestion of %s', (_name, message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected);
  });
});

describe('graphqlErrorFormatter', () => {
  it('never assigns to the error it formats (graphql-jit freezes them)', () => {
    const error = Object.freeze(
      new GraphQLError('Cannot query field "x" on type "Query". Did you mean "me"?', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    );
    const formatted = graphqlErrorFormatter({ hideSuggestions: true })({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error);
    expect(formatted).toEqual({ message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('keeps suggestions outside production', () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query". Did you mean "me"?', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(graphqlErrorFormatter({ hideSuggestions: false })({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error).message).toMatch(
      /Did you mean "me"\?$/,
    );
  });
});
