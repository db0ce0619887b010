import { isCompiledQuery } from 'graphql-jit';
import { CompiledExecution } from '../../apps/api/src/compiled-executor';
import { graphql } from '../generated';
import { ADMIN_EMAIL, startTestServer, TestServer } from '../support/test-server';

/**
 * Real requests run through graphql-jit (apps/api/src/compiled-executor.ts), not graphql-js's
 * interpreter: the server in this process compiles the document of an HTTP request once into a
 * graphql-jit query, and answers it and the next identical request by running that compiled function.
 * The executor's compile step is watched (called through, unchanged).
 */
type Compile = (queryHash: string, document: unknown, operationName: string | null) => unknown;

describe('the compiled executor', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  }, 180_000);
  afterAll(() => server.close());

  it('compiles a request once with graphql-jit and runs the compiled query for it and the next', async () => {
    const client = server.as(await server.adminToken());
    const compile = jest.spyOn(CompiledExecution.prototype as unknown as { compile: Compile }, 'compile');
    try {
      const query = graphql(`query WhoAmI { me { email isAdmin } }`);

      const first = await client.request(query);

      expect(first.errors).toBeUndefined();
      expect(first.data?.me).toEqual({ email: ADMIN_EMAIL, isAdmin: true });
      expect(compile).toHaveBeenCalledTimes(1);
      expect(compile.mock.calls[0][2]).toBe('WhoAmI');
      const compiled = compile.mock.results[0].value as Parameters<typeof isCompiledQuery>[0];
      expect(isCompiledQuery(compiled)).toBe(true);

      const run = jest.spyOn(compiled as { query: (...args: unknown[]) => unknown }, 'query');
      const again = await client.request(query);

      expect(again.data).toEqual(first.data);
      expect(compile).toHaveBeenCalledTimes(2);
      // The same compiled query, kept from the first request, answered the second.
      expect(compile.mock.results[1].value).toBe(compiled);
      expect(run).toHaveBeenCalledTimes(1);
    } finally {
      compile.mockRestore();
    }
  });
});
