import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; fields?: { path: string; message: string }[]; [key: string]: unknown };
}

export interface GraphqlResult<T> {
  status: number;
  data: T | null;
  errors?: GraphqlError[];
  /** SQL statements the server issued for this request (x-sql-statements). */
  statements: number;
}

/**
 * The variables argument of a typed document: optional when the operation has no required variable.
 * (`Exact<{ [key: string]: never }>` for none, where every key of the record is assignable.)
 */
export type VariablesOf<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** A document made by `graphql()` from test/generated (typed), or a plain string (untyped: data is `unknown`). */
export type Document<R, V> = TypedDocumentNode<R, V> | string;

const printed = new WeakMap<object, string>();

/** The text sent on the wire: a plain string as it is, a document printed once. */
export function documentText<R, V>(document: Document<R, V>): string {
  if (typeof document === 'string') return document;
  let source = printed.get(document);
  if (source === undefined) {
    source = print(document);
    printed.set(document, source);
  }
  return source;
}

/**
 * A minimal GraphQL-over-HTTP client, as any client of the API would be. Typed documents (made by
 * `graphql()` from test/generated) type the variables and the data; plain strings (documents a test
 * sends invalid on purpose, or built at run time) give `unknown` data, for the test to narrow, unless
 * it names the type (graphql-js's `IntrospectionQuery` for an introspection query).
 */
export class GraphqlClient {
  constructor(
    readonly endpoint: string,
    readonly token: string | null,
  ) {}

  request<R, V>(document: TypedDocumentNode<R, V>, ...variables: VariablesOf<V>): Promise<GraphqlResult<R>>;
  request<T = unknown>(document: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>>;
  async request(document: Document<unknown, unknown>, variables: unknown = {}): Promise<GraphqlResult<unknown>> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query: documentText(document), variables: variables ?? {} }),
    });
    const body = await response.text();
    let parsed: { data?: unknown; errors?: GraphqlError[] };
    try {
      parsed = JSON.parse(body) as { data?: unknown; errors?: GraphqlError[] };
    } catch {
      throw new Error(`Non-JSON response (${response.status}): ${body.slice(0, 300)}`);
    }
    return {
      status: response.status,
      data: parsed.data ?? null,
      errors: parsed.errors,
      statements: Number(response.headers.get('x-sql-statements') ?? NaN),
    };
  }

  /**
   * Sends a typed document with variables that need not fit it: for tests that send bad input on
   * purpose (a value outside an enum, a malformed id). The data is `unknown`, for the test to narrow.
   */
  requestLoose<R, V>(document: Document<R, V>, variables: Record<string, unknown>): Promise<GraphqlResult<unknown>> {
    return this.request(documentText(document), variables);
  }

  /** The data, or an exception listing the errors (for steps that must succeed). */
  ok<R, V>(document: TypedDocumentNode<R, V>, ...variables: VariablesOf<V>): Promise<R>;
  ok<T = unknown>(document: string, variables?: Record<string, unknown>): Promise<T>;
  async ok(document: Document<unknown, unknown>, variables: unknown = {}): Promise<unknown> {
    const result = await this.request(documentText(document), variables as Record<string, unknown>);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** The error code of a request that must fail (first error). */
  code<R, V>(document: TypedDocumentNode<R, V>, ...variables: VariablesOf<V>): Promise<string | undefined>;
  code(document: string, variables?: Record<string, unknown>): Promise<string | undefined>;
  async code(document: Document<unknown, unknown>, variables: unknown = {}): Promise<string | undefined> {
    const result = await this.request(documentText(document), variables as Record<string, unknown>);
    return result.errors?.[0]?.extensions?.code;
  }
}
