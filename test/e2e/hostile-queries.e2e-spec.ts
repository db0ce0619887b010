import { graphql } from '../generated';
import { uniqueSuffix } from '../support/db-assertions';
import { internalsIn } from '../support/db-snapshot';
import { createUser, PASSWORD } from '../support/fixtures';
import { postGraphql, RawResponse, rawRequest } from '../support/raw-http';
import { PRODUCTION_RUN, startTestServer, TestServer } from '../support/test-server';

/** Set-up only: the documents under test below are plain strings, many of them invalid on purpose. */
const CREATE_PARTNERSHIP = graphql(`mutation HostileCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`);

/** Tests that compare with what a development server shows (skipped when the whole run is in production mode). */
const outsideProductionIt = PRODUCTION_RUN ? it.skip : it;

/**
 * The GraphQL edge under abuse (README "Security"): documents too deep, too wide, too long, too
 * costly or cyclic; bodies too large, batched, or sent as a browser form would (CSRF); introspection
 * in production; unexpected server failures; password guessing. Every refusal must be cheap and
 * clean: a 4xx status, an error code, no internals, well under a second (2 s is a sanity bound, not
 * a benchmark), and the server answers a normal query right after.
 */

const SANITY_MS = 2000;
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }';

function repeat(n: number, make: (i: number) => string, separator = ' '): string {
  return Array.from({ length: n }, (_, i) => make(i)).join(separator);
}

/** `{ partnerships { strategies { partnership { … id } } } }`: `depth` fields nested, the leaf `id` included. */
function deepQuery(depth: number): string {
  const fields = ['partnerships', ...Array.from({ length: depth - 2 }, (_, i) => (i % 2 ? 'partnership' : 'strategies'))];
  return `{ ${fields.join(' { ')} { id ${'} '.repeat(fields.length)}}`;
}

/** `{ partnership(id) { strategies { partnership { … id } } } }`: one partnership, `depth` fields nested. */
function deepQueryFrom(partnershipId: string, depth: number): string {
  const fields = [`partnership(id: "${partnershipId}")`, ...Array.from({ length: depth - 2 }, (_, i) => (i % 2 ? 'partnership' : 'strategies'))];
  return `{ ${fields.join(' { ')} { id ${'} '.repeat(fields.length)}}`;
}

interface Hostile {
  name: string;
  /** `partnershipId`: a partnership the admin can read (built in beforeAll). */
  send(endpoint: string, token: string, partnershipId: string): Promise<RawResponse>;
  status: number;
  codes: string[];
  message?: RegExp;
}

const json = <D = unknown>(endpoint: string, token: string | null, body: unknown, headers: Record<string, string> = {}) =>
  postGraphql<D>(endpoint, token, body, headers);

/** The data of the LOGIN document. */
interface Login {
  login: { token: string; user: { id: string } };
}

const HOSTILE: Hostile[] = [
  {
    name: 'a document 50 levels deep',
    send: (url, token) => json(url, token, { query: deepQuery(50) }),
    status: 400,
    codes: ['BAD_USER_INPUT'],
    message: /depth limit of 12 exceeded, found 50/,
  },
  {
    name: 'a document 13 levels deep (one past the limit)',
    send: (url, token) => json(url, token, { query: deepQuery(13) }),
    status: 400,
    codes: ['BAD_USER_INPUT'],
    message: /depth limit of 12 exceeded, found 13/,
  },
  {
    name: 'a cycle through lists within the depth limit (actions → updates → action → updates …, issue #11)',
    send: (url, token) =>
      json(url, token, {
        query: '{ deliveryPlan(id: "00000000-0000-4000-8000-000000000000") { actions { updates { action { updates { action { updates { id } } } } } } } }',
      }),
    status: 400,
    codes: ['QUERY_TOO_COSTLY'],
    message: /the limit is 20,000,000/,
  },
  {
    name: '1,000 aliases of __typename',
    send: (url, token) => json(url, token, { query: `{ ${repeat(1000, (i) => `a${i}: __typename`)} }` }),
    status: 400,
    codes: ['BAD_USER_INPUT'],
    message: /Aliases limit of 30 exceeded, found 1000/,
  },
  {
    name: '31 aliases of a field',
    send: (url, token) => json(url, token, { query: `{ ${repeat(31, (i) => `a${i}: me { id }`)} }` }),
    status: 400,
    codes: ['BAD_USER_INPUT'],
    message: /Aliases limit of 30 exceeded, found 31/,
  },
  {
    name: '1,000 aliases of a field (6,000 tokens)',
    send: (url, token) => json(url, token, { query: `{ ${repeat(1000, (i) => `a${i}: me { id }`)} }` }),
    status: 400,
    codes: ['GRAPHQL_PARSE_FAILED'],
    message: /more that 4000 tokens/,
  },
  {
    name: '50 directives on one field',
    send: (url, token) => json(url, token, { query: `{ __typename ${repeat(50, () => '@include(if: true)')} }` }),
    status: 400,
    codes: ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'],
  },
  {
    name: 'a fragment spreading itself',
    send: (url, token) => json(url, token, { query: '{ ...A } fragment A on Query { me { id } ...A }' }),
    status: 400,
    codes: ['GRAPHQL_VALIDATION_FAILED'],
    message: /Cannot spread fragment "A" within itself/,
  },
  {
    name: 'a cycle of 300 fragments',
    send: (url, token) => json(url, token, { query: `{ ...F0 } ${repeat(300, (i) => `fragment F${i} on Query { ...F${(i + 1) % 300} }`)}` }),
    status: 400,
    codes: ['GRAPHQL_VALIDATION_FAILED'],
    message: /Cannot spread fragment "F0" within itself/,
  },
  {
    name: 'a cycle of fragments through relations (strategies → partnership → …)',
    send: (url, token) =>
      json(url, token, {
        query: `{ partnerships { ...F0 } } ${repeat(100, (i) => `fragment F${i} on Partnership { strategies { partnership { ...F${(i + 1) % 100} } } }`)}`,
      }),
    status: 400,
    codes: ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'],
  },
  {
    name: 'a fragment bomb (each fragment spreads the next twice, 2^30 fields)',
    send: (url, token) =>
      json(url, token, {
        query: `{ partnerships { ...F0 } } ${repeat(30, (i) => `fragment F${i} on Partnership { id ...F${i + 1} ...F${i + 1} }`)} fragment F30 on Partnership { name }`,
      }),
    status: 400,
    codes: ['BAD_USER_INPUT'],
    message: /Cost limit of 20000 exceeded/,
  },
  {
    name: 'a 2 MB document (over the 1 MB body limit)',
    send: (url, token) => json(url, token, { query: `{ __typename } # ${'x'.repeat(2 * 1024 * 1024)}` }),
    status: 413,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'a 2.5 MB body sent in chunks, without a length',
    send: async (url, token) => {
      const started = performance.now();
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
      const body = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 40; i += 1) controller.enqueue(chunk);
          controller.close();
        },
      });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
        duplex: 'half',
      });
      const text = await response.text();
      const parsed = JSON.parse(text) as { error: { message: string; code: string } };
      return {
        status: response.status,
        headers: response.headers,
        text,
        json: parsed,
        ms: performance.now() - started,
        errors: [{ message: parsed.error.message, extensions: parsed.error }],
        code: parsed.error.code,
      };
    },
    status: 413,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'a document just under the body limit: 95,000 tokens',
    send: (url, token) => json(url, token, { query: `{ ${'__typename '.repeat(95_000)}}` }),
    status: 400,
    codes: ['GRAPHQL_PARSE_FAILED'],
    message: /more that 4000 tokens/,
  },
  {
    name: 'a batch of 2 operations in an array body',
    send: (url, token) => json(url, token, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    status: 400,
    codes: ['BAD_REQUEST'],
    message: /batching disabled/,
  },
  {
    name: 'a batch of 1,000 logins in an array body',
    send: (url, token) =>
      json(
        url,
        token,
        Array.from({ length: 1000 }, () => ({ query: LOGIN, variables: { email: 'someone@example.org', password: 'guess' } })),
      ),
    status: 400,
    codes: ['BAD_REQUEST'],
    message: /batching disabled/,
  },
  {
    name: 'a GET query without a CSRF-preventing header',
    send: (url, token) => rawRequest(`${url}?query=${encodeURIComponent('{ me { id } }')}`, { headers: { authorization: `Bearer ${token}` } }),
    status: 400,
    codes: ['BAD_REQUEST'],
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'a POST with content-type text/plain',
    send: (url, token) =>
      rawRequest(url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      }),
    status: 400,
    codes: ['BAD_REQUEST'],
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'a POST as an HTML form (application/x-www-form-urlencoded)',
    send: (url, token) =>
      rawRequest(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${token}` },
        body: 'query=%7B%20me%20%7B%20id%20%7D%20%7D',
      }),
    status: 400,
    codes: ['BAD_REQUEST'],
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'a POST as a multipart form',
    send: (url, token) =>
      rawRequest(url, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=b', authorization: `Bearer ${token}` },
        body: '--b\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ me { id } }\r\n--b--\r\n',
      }),
    status: 400,
    codes: ['BAD_REQUEST'],
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'a mutation over GET (even with the preflight header)',
    send: (url) =>
      rawRequest(`${url}?query=${encodeURIComponent('mutation { login(email: "a@b.org", password: "x") { token } }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      }),
    status: 405,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'a PUT',
    send: (url, token) =>
      rawRequest(url, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{"query":"{ me { id } }"}' }),
    status: 405,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'malformed JSON',
    send: (url, token) => json(url, token, '{"query": "{ me { id } }"'),
    status: 400,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'a syntax error',
    send: (url, token) => json(url, token, { query: '{ me { id }' }),
    status: 400,
    codes: ['GRAPHQL_PARSE_FAILED'],
  },
  {
    name: 'a control character in the document',
    send: (url, token) => json(url, token, { query: '{ me { i\u0000d } }' }),
    status: 400,
    codes: ['GRAPHQL_PARSE_FAILED'],
  },
  {
    name: 'variables sent as a JSON string',
    send: (url, token) => json(url, token, { query: '{ me { id } }', variables: '{}' }),
    status: 400,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'a query that is not a string',
    send: (url, token) => json(url, token, { query: { me: 'id' } }),
    status: 400,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'two operations and no operationName',
    send: (url, token) => json(url, token, { query: 'query A { me { id } } query B { me { id } }' }),
    status: 400,
    codes: ['OPERATION_RESOLUTION_FAILURE'],
  },
  {
    name: 'variables nested 100,000 lists deep',
    send: (url, token) =>
      json(
        url,
        token,
        `{"query":"mutation($ids: [ID!]) { updateAction(id: \\"x\\", version: 1, input: { supportingAgencyIds: $ids }) { id } }","variables":{"ids":${'['.repeat(100_000)}1${']'.repeat(100_000)}}}`,
      ),
    status: 400,
    codes: ['BAD_USER_INPUT'],
  },
  {
    // Unbounded, a 900 kB search took PostgreSQL 10–20 s of ILIKE per request.
    name: 'a 900 kB search text in an actions filter',
    send: (url, token) =>
      json(url, token, {
        query: 'query($plan: ID!, $filter: ActionFilter) { actions(deliveryPlanId: $plan, filter: $filter) { totalCount } }',
        variables: { plan: '00000000-0000-4000-8000-000000000000', filter: { search: '%_'.repeat(450_000) } },
      }),
    status: 200,
    codes: ['BAD_USER_INPUT'],
    message: /search must be shorter than or equal to 200 characters/,
  },
  {
    name: 'a filter asking for 500 statuses',
    send: (url, token) =>
      json(url, token, {
        query: 'query($plan: ID!, $filter: ActionFilter) { actions(deliveryPlanId: $plan, filter: $filter) { totalCount } }',
        variables: { plan: '00000000-0000-4000-8000-000000000000', filter: { status: Array(500).fill('IN_PROGRESS') } },
      }),
    status: 200,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'an audit-trail cursor past the largest bigint',
    send: (url, token, partnershipId) =>
      json(url, token, {
        query: 'query($id: ID!, $after: String) { auditEvents(partnershipId: $id, after: $after) { edges { cursor } } }',
        variables: { id: partnershipId, after: Buffer.from(JSON.stringify(['9223372036854775808'])).toString('base64url') },
      }),
    status: 200,
    codes: ['BAD_USER_INPUT'],
    message: /Not a cursor returned by this API/,
  },
];

describe('hostile queries', () => {
  let server: TestServer;
  let endpoint: string;
  let token: string;
  let adminId: string;
  let partnershipId: string;

  beforeAll(async () => {
    // Low login limits for the throttling tests (read at start); nothing else here fails a login.
    server = await startTestServer({
      env: { LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '6', LOGIN_MAX_FAILURES_PER_ACCOUNT: '5' },
    });
    endpoint = `${server.url}/graphql`;
    token = await server.adminToken();
    adminId = (await server.as(token).ok(graphql(`query HostileMe { me { id } }`))).me.id;
    partnershipId = (await server.as(token).ok(CREATE_PARTNERSHIP, { input: { name: 'Hostile', slug: `hostile-${uniqueSuffix()}` } })).createPartnership.id;
  }, 60_000);
  afterAll(() => server?.close());

  /** A normal query, answered normally. */
  async function answersNormally(): Promise<void> {
    const response = await json(endpoint, token, { query: '{ me { id } }' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { me: { id: adminId } } });
    expect(response.ms).toBeLessThan(SANITY_MS);
  }

  function expectCleanRefusal(response: RawResponse, status: number, codes: string[], message?: RegExp): void {
    expect(response.status).toBe(status);
    expect(codes).toContain(response.code);
    expect(response.json?.data ?? null).toBeNull();
    if (message) expect(response.errors?.map((e) => e.message).join('\n')).toMatch(message);
    expect(internalsIn(response.text)).toEqual([]);
    expect(response.ms).toBeLessThan(SANITY_MS);
  }

  describe('refused cheaply', () => {
    it.each(HOSTILE.map((h) => [h.name, h] as const))('%s', async (_name, hostile) => {
      const response = await hostile.send(endpoint, token, partnershipId);
      expectCleanRefusal(response, hostile.status, hostile.codes, hostile.message);
      await answersNormally();
    });
  });

  describe('within the limits', () => {
    it.each([
      ['30 aliases', `{ ${repeat(30, (i) => `a${i}: me { id }`)} }`],
      ['a document 12 levels deep (the limit) from one partnership', 'DEEP_FROM_ONE'],
      ['a 1 MB comment (comments are not tokens)', `{ me { id } } # ${'x'.repeat(1_000_000)}`],
    ])('answers %s', async (_name, query) => {
      const response = await json(endpoint, token, { query: query === 'DEEP_FROM_ONE' ? deepQueryFrom(partnershipId, 12) : query });
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.ms).toBeLessThan(SANITY_MS);
    });

    it('answers a GET query that carries the apollo-require-preflight header', async () => {
      const response = await rawRequest(`${endpoint}?query=${encodeURIComponent('{ me { id } }')}`, {
        headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(200);
      expect(response.json).toEqual({ data: { me: { id: adminId } } });
    });

    outsideProductionIt('allows introspection outside production', async () => {
      const response = await json(endpoint, token, { query: '{ __schema { queryType { name } } }' });
      expect(response.json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    });
  });

  // ---------------------------------------------------------------------------------------------

  describe('in production', () => {
    let production: TestServer;
    let productionToken: string;

    beforeAll(async () => {
      production = await startTestServer({ env: { NODE_ENV: 'production' } });
      productionToken = await production.adminToken();
    }, 60_000);
    afterAll(() => production?.close());

    it.each([
      ['__schema', '{ __schema { types { name } } }'],
      ['__type', '{ __type(name: "Query") { fields { name } } }'],
      ['__schema inside a fragment', '{ ...F } fragment F on Query { __schema { queryType { name } } }'],
    ])('refuses introspection (%s), cheaply, and answers the next query', async (_name, query) => {
      const response = await json(`${production.url}/graphql`, productionToken, { query });
      expectCleanRefusal(response, 400, ['GRAPHQL_VALIDATION_FAILED'], /introspection/i);
      const next = await json(`${production.url}/graphql`, productionToken, { query: '{ me { isAdmin } __typename }' });
      expect(next.json).toEqual({ data: { me: { isAdmin: true }, __typename: 'Query' } });
    });

    outsideProductionIt('does not suggest field names ("did you mean")', async () => {
      const outside = await json(endpoint, token, { query: '{ partnershipz { id } }' });
      expect(outside.errors?.[0].message).toMatch(/Did you mean/);
      const response = await json(`${production.url}/graphql`, productionToken, { query: '{ partnershipz { id } }' });
      expectCleanRefusal(response, 400, ['GRAPHQL_VALIDATION_FAILED']);
      expect(response.text).not.toMatch(/Did you mean|partnerships/);
    });

    outsideProductionIt('serves no sandbox page to a browser', async () => {
      const outside = await rawRequest(endpoint, { headers: { accept: 'text/html' } });
      expect(outside.text).toMatch(/<html/i);
      const response = await rawRequest(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.text).not.toMatch(/<html/i);
    });

    it('hides enum suggestions, in a literal and in a variable, keeping the code and the field', async () => {
      const url = `${production.url}/graphql`;
      const literal = await json(url, productionToken, {
        query: `{ actions(deliveryPlanId: "${partnershipId}", filter: { status: [IN_PROGRES] }) { totalCount } }`,
      });
      expectCleanRefusal(literal, 400, ['GRAPHQL_VALIDATION_FAILED']);
      expect(literal.text).not.toMatch(/Did you mean|IN_PROGRESS/);
      const variable = await json(url, productionToken, {
        query: 'query($filter: ActionFilter) { actions(deliveryPlanId: "00000000-0000-4000-8000-000000000000", filter: $filter) { totalCount } }',
        variables: { filter: { status: ['IN_PROGRES'] } },
      });
      expectCleanRefusal(variable, 400, ['BAD_USER_INPUT']);
      expect(variable.errors?.[0].extensions?.field).toBe('filter.status.0');
      expect(variable.text).not.toMatch(/Did you mean|IN_PROGRESS/);
    });

    it('answers client errors with their code, HTTP status and partial data, as in development (issue #11)', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      const url = `${production.url}/graphql`;
      const notFound = await json(url, productionToken, { query: `{ me { isAdmin } action(id: "${missing}") { id } }` });
      expect(notFound.status).toBe(200);
      expect(notFound.json!.data).toEqual({ me: { isAdmin: true }, action: null });
      expect(notFound.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);

      const anonymous = await json(url, null, { query: '{ partnerships { id } }' });
      expect([anonymous.status, anonymous.code]).toEqual([200, 'UNAUTHENTICATED']);

      const badInput = await json(url, productionToken, {
        query: 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
        variables: { input: { name: '', slug: 'Not A Slug' } },
      });
      expect([badInput.status, badInput.code]).toEqual([200, 'BAD_USER_INPUT']);
      expect(badInput.errors?.[0].extensions?.fields).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^input\./) as unknown })]),
      );

      const user = await createUser(production, production.as(productionToken), { name: 'Wrong Password' });
      const wrongPassword = await json(url, null, { query: LOGIN, variables: { email: user.email, password: 'not-the-password' } });
      const wrongOutside = await json(endpoint, null, { query: LOGIN, variables: { email: 'nobody@example.org', password: 'not-the-password' } });
      expect([wrongPassword.status, wrongPassword.code]).toEqual([wrongOutside.status, 'UNAUTHENTICATED']);
      expect(wrongPassword.json!.data).toBeNull();
    });

    it('refuses the hostile documents the same way', async () => {
      const url = `${production.url}/graphql`;
      for (const hostile of HOSTILE.filter((h) =>
        ['a document 50 levels deep', 'a syntax error', 'malformed JSON', 'a 2 MB document (over the 1 MB body limit)'].includes(h.name),
      )) {
        expectCleanRefusal(await hostile.send(url, productionToken, partnershipId), hostile.status, hostile.codes, hostile.message);
      }
    });

    it('allows introspection again with GRAPHQL_INTROSPECTION=true', async () => {
      const introspective = await startTestServer({ env: { NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' } });
      try {
        const response = await json(`${introspective.url}/graphql`, await introspective.adminToken(), { query: '{ __schema { queryType { name } } }' });
        expect(response.status).toBe(200);
        expect(response.json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      } finally {
        await introspective.close();
      }
    }, 60_000);
  });

  // ---------------------------------------------------------------------------------------------

  describe('unexpected failures', () => {
    const SECRET = 'secret-detail SELECT password_hash FROM user_account';

    async function newPartnership(): Promise<string> {
      const data = await server.as(token).ok(CREATE_PARTNERSHIP, { input: { name: 'Failure drills', slug: `drills-${uniqueSuffix()}` } });
      return data.createPartnership.id;
    }

    const CREATE_STRATEGY = 'mutation($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }';
    const strategyInput = (partnershipId: string) => ({ input: { partnershipId, title: 'Drill', startDate: '2025-01-01', endDate: '2025-12-31' } });

    /** Makes the database refuse every strategy insert with `errcode` and a message full of internals, for the duration of `run`. */
    async function withFailingInsert<T>(errcode: string, run: () => Promise<T>): Promise<T> {
      await server.db.query(`CREATE FUNCTION drill_fail() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '${SECRET}' USING ERRCODE = '${errcode}', DETAIL = 'at /work/libs/planning/src/planning.service.ts:1'; END $$`);
      await server.db.query('CREATE TRIGGER drill_fail BEFORE INSERT ON strategy FOR EACH ROW EXECUTE FUNCTION drill_fail()');
      try {
        return await run();
      } finally {
        await server.db.query('DROP TRIGGER drill_fail ON strategy');
        await server.db.query('DROP FUNCTION drill_fail()');
      }
    }

    it('masks a database failure in a write as INTERNAL_SERVER_ERROR, rolls it back, and recovers', async () => {
      const partnershipId = await newPartnership();
      const before = { strategies: await server.count('strategy'), audit: await server.count('audit_event') };
      const response = await withFailingInsert('XX000', () => json(endpoint, token, { query: CREATE_STRATEGY, variables: strategyInput(partnershipId) }));
      expect(response.status).toBeLessThan(500);
      expect(response.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
      expect(response.json!.data).toBeNull();
      expect(response.text).not.toMatch(/secret|password_hash|drill_fail|planning\.service/i);
      expect(internalsIn(response.text)).toEqual([]);
      expect({ strategies: await server.count('strategy'), audit: await server.count('audit_event') }).toEqual(before);

      const again = await json(endpoint, token, { query: CREATE_STRATEGY, variables: strategyInput(partnershipId) });
      expect(again.errors).toBeUndefined();
      expect(await server.count('strategy')).toBe(before.strategies + 1);
    });

    it("maps a constraint failure to BAD_USER_INPUT without the database's message", async () => {
      const partnershipId = await newPartnership();
      const response = await withFailingInsert('23514', () => json(endpoint, token, { query: CREATE_STRATEGY, variables: strategyInput(partnershipId) }));
      expect(response.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toBe('input: A value is not acceptable');
      expect(response.text).not.toMatch(/secret|password_hash|drill_fail/i);
      expect(internalsIn(response.text)).toEqual([]);
    });

    it('masks a database failure in a read, and recovers', async () => {
      await server.db.query('ALTER TABLE agency RENAME TO agency_drill');
      let response: RawResponse;
      try {
        response = await json(endpoint, token, { query: '{ agencies { id name } }' });
      } finally {
        await server.db.query('ALTER TABLE agency_drill RENAME TO agency');
      }
      expect(response.status).toBeLessThan(500);
      expect(response.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
      expect(response.text).not.toMatch(/relation|agency|does not exist/i);
      expect(internalsIn(response.text)).toEqual([]);
      const again = await json(endpoint, token, { query: '{ agencies { id } }' });
      expect(again.errors).toBeUndefined();
    });
  });

  // ---------------------------------------------------------------------------------------------

  describe('login throttling (3 failures per account and address, 6 per address, 5 per account from new addresses)', () => {
    let alice: { id: string; email: string };
    let bob: { id: string; email: string };
    let carol: { id: string; email: string };

    // Each signs in once on creation, from the tests' own address (127.0.0.1): an address they use.
    beforeAll(async () => {
      alice = await createUser(server, server.as(token), { name: 'Alice' });
      bob = await createUser(server, server.as(token), { name: 'Bob' });
      carol = await createUser(server, server.as(token), { name: 'Carol' });
    }, 60_000);

    const loginFrom = (address: string, email: string, password: string) =>
      json<Login>(endpoint, null, { query: LOGIN, variables: { email, password } }, { 'x-forwarded-for': address });
    const attempts = async (scope: string, key: string) =>
      (await server.db.query<{ attempts: number }>('SELECT attempts FROM login_attempt WHERE scope = $1 AND key = $2', [scope, key])).rows[0]?.attempts ?? 0;

    it('refuses an account from one address after 3 failures, even with the right password; from another address it signs in', async () => {
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        expect((await loginFrom('198.51.100.1', alice.email, `wrong guess ${attempt}`)).code).toBe('UNAUTHENTICATED');
      }
      const right = await loginFrom('198.51.100.1', alice.email, PASSWORD);
      expectCleanRefusal(right, 200, ['TOO_MANY_REQUESTS']);
      const retryAfter = right.errors?.[0].extensions?.retryAfterSeconds as number;
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(900);
      // The same answer for a wrong password: a throttled account is no password oracle.
      const wrong = await loginFrom('198.51.100.1', alice.email, 'another guess');
      expect(wrong.errors?.map((e) => [e.message, e.extensions?.code])).toEqual(right.errors?.map((e) => [e.message, e.extensions?.code]));
      // The e-mail in capitals with spaces: still the same account.
      expect((await loginFrom('198.51.100.1', `  ${alice.email.toUpperCase()} `, PASSWORD)).code).toBe('TOO_MANY_REQUESTS');
      // Refused attempts are not checked, so not counted either.
      expect(await attempts('pair', `${alice.email} 198.51.100.1`)).toBe(3);

      // The real user, elsewhere, is not locked out by guesses made at 198.51.100.1.
      const elsewhere = await loginFrom('198.51.100.2', alice.email, PASSWORD);
      expect(elsewhere.errors).toBeUndefined();
      expect(elsewhere.json!.data!.login.user.id).toBe(alice.id);

      const other = await loginFrom('198.51.100.1', bob.email, PASSWORD);
      expect(other.errors).toBeUndefined();
      expect(other.json!.data!.login.user.id).toBe(bob.id);
    });

    it('refuses an address after 6 failures, for every account; other addresses are unaffected', async () => {
      for (let attempt = 1; attempt <= 6; attempt += 1) {
        expect((await loginFrom('203.0.113.9', `nobody.${attempt}.${uniqueSuffix()}@tracker.test`, 'guess')).code).toBe('UNAUTHENTICATED');
      }
      expectCleanRefusal(await loginFrom('203.0.113.9', bob.email, PASSWORD), 200, ['TOO_MANY_REQUESTS']);
      const elsewhere = await loginFrom('203.0.113.10', bob.email, PASSWORD);
      expect(elsewhere.errors).toBeUndefined();
      expect(elsewhere.json!.data!.login.user.id).toBe(bob.id);
    });

    it('refuses an account after 5 failures from addresses it never used (the backstop), but not where it signed in before', async () => {
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect((await loginFrom(`192.0.2.${attempt}`, carol.email, `guess ${attempt}`)).code).toBe('UNAUTHENTICATED');
      }
      expectCleanRefusal(await loginFrom('192.0.2.99', carol.email, PASSWORD), 200, ['TOO_MANY_REQUESTS']);
      // 127.0.0.1 is where Carol signed in on creation.
      const known = await json<Login>(endpoint, null, { query: LOGIN, variables: { email: carol.email, password: PASSWORD } });
      expect(known.errors).toBeUndefined();
      expect(known.json!.data!.login.user.id).toBe(carol.id);
    });

    it('lets them in again once the window has passed', async () => {
      // As if the hour of the longest window had passed.
      await server.db.query(`UPDATE login_attempt SET window_start = window_start - interval '61 minutes'`);
      expect((await loginFrom('198.51.100.1', alice.email, PASSWORD)).errors).toBeUndefined();
      expect((await loginFrom('203.0.113.9', bob.email, PASSWORD)).errors).toBeUndefined();
      expect((await loginFrom('192.0.2.99', carol.email, PASSWORD)).errors).toBeUndefined();
    });
  });
});
