import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Compiled = CompiledQuery<Record<string, unknown>, Record<string, unknown>>;

/**
 * How many distinct operations keep their compiled form (clients send a handful of documents; each
 * compiled one is code kept in the capped heap); the least recently used beyond it are dropped.
 */
const COMPILED_OPERATIONS = 200;

/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter.
 *
 * graphql-js walks the document for every response: an `info` object, an argument coercion and a
 * completion step per field, ~4,500 fields in a board report and ~6,000 in a whole-plan read
 * (docs/performance.md). graphql-jit compiles each operation once into a function specialised to
 * its selection and runs that; resolvers, Nest's guards and pipes, and errors are the same.
 *
 * Apollo Server takes a custom executor only through its gateway interface, so this is a
 * "gateway" that serves the schema Nest built (captured by `transformSchema`) and compiles what
 * Apollo has already parsed and validated. Apollo still formats the errors and sends the response.
 */
export class CompiledExecution {
  private schema?: GraphQLSchema;
  private readonly compiled = new Map<string, Compiled>();

  /** `maxResponseBytes`: the backstop on a response's size (README, `RESPONSE_MAX_MB`). */
  constructor(private readonly options: { maxResponseBytes: number }) {}

  /**
   * The options that install it in Nest's Apollo driver: `transformSchema` keeps the schema Nest
   * built; `gateway` is passed through to Apollo Server (the driver's type leaves it out).
   */
  driverOptions(): Pick<ApolloDriverConfig, 'transformSchema'> {
    const captureSchema = (schema: GraphQLSchema): GraphQLSchema => {
      this.schema = schema;
      return schema;
    };
    return { transformSchema: captureSchema, gateway: this.gateway } as Pick<ApolloDriverConfig, 'transformSchema'>;
  }

  private readonly gateway: GatewayInterface = {
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: this.builtSchema(), coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor: this.execute }),
    stop: async () => this.compiled.clear(),
  };

  private readonly execute: GatewayExecutor = async (request) => {
    const compiled = this.compile(request.queryHash, request.document, request.operationName);
    if (!isCompiledQuery(compiled)) return compiled;
    // graphql-js coerces the variables first so that bad ones are refused with its own errors,
    // which Apollo reports as BAD_USER_INPUT naming the variable (graphql-jit's carry no location).
    const coerced = getVariableValues(this.builtSchema(), request.operation.variableDefinitions ?? [], request.request.variables ?? {});
    if (coerced.errors) return { errors: coerced.errors };
    const result = await compiled.query(undefined, request.context, request.request.variables ?? {});
    if (jsonLongerThan(result.data, this.options.maxResponseBytes)) return tooLarge(this.options.maxResponseBytes);
    return result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result;
  };

  private compile(queryHash: string, document: DocumentNode, operationName: string | null): Compiled | ExecutionResult {
    const key = `${operationName ?? ''}:${queryHash}`;
    const known = this.compiled.get(key);
    if (known) {
      // Map keeps insertion order: re-inserting marks the operation as recently used.
      this.compiled.delete(key);
      this.compiled.set(key, known);
      return known;
    }
    const result = compileQuery<Record<string, unknown>, Record<string, unknown>>(this.builtSchema(), document, operationName ?? undefined, {
      // Stack traces are never shown to a client; capturing one per resolver error only costs.
      disablingCapturingStackErrors: true,
    });
    if (!isCompiledQuery(result)) return result;
    this.compiled.set(key, result);
    if (this.compiled.size > COMPILED_OPERATIONS) {
      this.compiled.delete(this.compiled.keys().next().value as string);
    }
    return result;
  }

  private builtSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('The GraphQL schema is not built yet');
    return this.schema;
  }
}

/**
 * graphql-jit's errors leave `extensions` undefined when the original error has none (a database
 * error), where graphql-js always gives an object; Apollo reads `extensions.code` before calling
 * `formatError`, so such an error would never reach it. Re-created as graphql-js errors, with
 * their path, locations and original error.
 */
function withExtensions(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  return Object.assign(copy, { locations: error.locations });
}

/**
 * Whether `value` as JSON would be longer than `limit` characters (strings counted by length, the
 * punctuation approximately). It walks the result once without building the JSON, and stops as
 * soon as the limit is passed, so a huge result costs no more than the limit to measure.
 */
export function jsonLongerThan(value: unknown, limit: number): boolean {
  let budget = limit;
  const walk = (node: unknown): boolean => {
    if (node === null || node === undefined) budget -= 4;
    else if (typeof node === 'string') budget -= node.length + 2;
    else if (typeof node === 'number' || typeof node === 'boolean') budget -= 8;
    else if (Array.isArray(node)) {
      budget -= 2;
      for (const item of node) {
        budget -= 1;
        if (walk(item)) return true;
      }
    } else if (typeof node === 'object') {
      budget -= 2;
      for (const key in node as Record<string, unknown>) {
        budget -= key.length + 4;
        if (walk((node as Record<string, unknown>)[key])) return true;
      }
    }
    return budget < 0;
  };
  return walk(value);
}

/**
 * The backstop behind the cost analysis: a response over the limit is dropped before it is
 * serialised (which would double its memory) and the client told why. Found during execution, it
 * is answered like any execution error: HTTP 200 (Nest's Apollo driver resets the status once
 * execution has begun), `data: null`.
 */
function tooLarge(maxBytes: number): ExecutionResult {
  const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return {
    data: null,
    errors: [
      new GraphQLError(`The response would be larger than ${megabytes} MB: ask for fewer fields, or a page at a time`, {
        extensions: { code: 'RESPONSE_TOO_LARGE', maxBytes },
      }),
    ],
  };
}
