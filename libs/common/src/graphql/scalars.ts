import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from '@app/calendar';

function invalidDate(value: unknown): GraphQLError {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
  return new GraphQLError(`Date must be a calendar date written YYYY-MM-DD; got ${shown}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

function parseDate(value: unknown): string {
  // Year 0000 is a calendar date but not a PostgreSQL one: refused here, naming the field, not by the database.
  if (typeof value !== 'string' || !isCalendarDate(value) || value.startsWith('0000')) throw invalidDate(value);
  return value;
}

/**
 * A calendar date with no time and no zone (due dates, reportedOn, asOf), carried as the string
 * `YYYY-MM-DD` end to end; PostgreSQL `date` columns are read back as strings too (see db lib).
 */
export const GraphQLDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalidDate(ast.kind);
    return parseDate(ast.value);
  },
});
