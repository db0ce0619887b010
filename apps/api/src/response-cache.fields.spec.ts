import { GraphQLSchema, isObjectType } from 'graphql';
import { isPerCaller } from '@app/common';
import { buildApiSchema } from './print-schema';
import { cachedFields } from './response-cache';

/**
 * Every field a kept response can hold (walked through the schema from the cached reads) with its
 * marking: "shared" fields are the same for every member of the partnership, "per caller" ones
 * (`@PerCaller()`) make the cache refuse the document. A new field reachable from a plan read
 * changes this snapshot: decide whether its value depends on who asks, mark it if it does, and
 * update the snapshot (`npx jest -u apps/api/src/response-cache.fields.spec.ts`).
 */
describe('the fields the response cache may keep', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  }, 60_000);

  it('marks in the schema every field whose value depends on who asks', () => {
    const marked = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) => Object.values(type.getFields()).filter(isPerCaller).map((field) => `${type.name}.${field.name}`))
      .sort();

    expect(marked).toEqual([
      'Action.canReportProgress',
      'MyAction.leads',
      'Query.agencies',
      'Query.agencyByName',
      'Query.boardPackUrl',
      'Query.me',
      'Query.myActions',
      'Query.myDigestFrequency',
      'Query.myReturnsDue',
      'Query.partnerships',
      'Query.publishedBoardPackUrl',
      'User.memberships',
    ]);
  });

  it('lists every field reachable from the cached reads with its marking', () => {
    const lines = cachedFields(schema).map(({ field, perCaller }) => `${field}: ${perCaller ? 'per caller' : 'shared'}`);

    expect(lines).toContain('User.memberships: per caller');
    expect(lines).toContain('Action.canReportProgress: per caller');
    expect(lines).toMatchSnapshot();
  });
});
