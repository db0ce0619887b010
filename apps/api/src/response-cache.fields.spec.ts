import { GraphQLSchema, isObjectType } from 'graphql';
import { isPerCaller } from '@app/common';
import { buildApiSchema } from './print-schema';
import { cachedFields } from './response-cache';
import { SHARED_FIELDS } from './response-cache.fields';

/**
 * Every field a kept response can hold (walked through the schema from the cached reads) against
 * the checked-in list of those reviewed as shared (response-cache.fields.ts) and those marked
 * `@PerCaller()`, which make the cache refuse the document. A new field reachable from a plan read
 * fails this test (and is never cached) until someone decides whether its value depends on who asks.
 */
describe('the fields the response cache may keep', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  }, 60_000);

  it('marks in the schema every field whose value depends on who asks', () => {
    const marked = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter(isPerCaller)
          .map((field) => `${type.name}.${field.name}`),
      )
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

  it('has decided on every field reachable from the cached reads: reviewed as shared, or marked per caller', () => {
    const reachable = cachedFields(schema);
    const shared = reachable.filter((f) => !f.perCaller).map((f) => f.field);
    const perCaller = reachable.filter((f) => f.perCaller).map((f) => f.field);

    // A field here is new: list it in SHARED_FIELDS if its value is the same for every reader, else mark it @PerCaller().
    expect(shared.filter((field) => !SHARED_FIELDS.has(field))).toEqual([]);
    // A field here is gone from the schema or now marked @PerCaller(): take it out of SHARED_FIELDS.
    expect([...SHARED_FIELDS].filter((field) => !shared.includes(field))).toEqual([]);
    expect(perCaller).toEqual(['Action.canReportProgress', 'User.memberships']);
  });
});
