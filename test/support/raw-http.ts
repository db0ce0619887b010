import { GraphqlError } from './graphql-client';

/**
 * A JSON body as the API answers: GraphQL's `data` (of type D, which the test names) and `errors`,
 * or a REST `error`. Other bodies (a batch's array) are compared whole.
 */
export interface RawJson<D = unknown> {
  data?: D | null;
  errors?: GraphqlError[];
  error?: { code?: string; message: string; [key: string]: unknown };
}

/** A response as the wire carries it: status, headers, the body text, and its JSON when it parses. */
export interface RawResponse<D = unknown> {
  status: number;
  headers: Headers;
  text: string;
  json: RawJson<D> | null;
  /** Milliseconds from sending the request to having read the whole body. */
  ms: number;
  /** GraphQL errors (`errors`), or the REST error (`error`) shaped as one. */
  errors: GraphqlError[] | undefined;
  /** The first error's code: `errors[0].extensions.code`, or `error.code` of a REST-shaped error. */
  code: string | undefined;
}

/** Any HTTP request, timed, with no client-side opinions (no default headers, no JSON encoding). */
export async function rawRequest<D = unknown>(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse<D>> {
  const started = performance.now();
  const response = await fetch(url, { method: init.method ?? 'GET', headers: init.headers, body: init.body as RequestInit['body'] });
  const text = await response.text();
  const ms = performance.now() - started;
  let json: RawJson<D> | null = null;
  try {
    // The body's shape is the server's to prove: each test asserts on the parts it reads.
    json = JSON.parse(text) as RawJson<D>;
  } catch {
    // not JSON: left null
  }
  const errors: GraphqlError[] | undefined =
    json?.errors ?? (json?.error ? [{ message: json.error.message, extensions: { ...json.error, code: json.error.code } }] : undefined);
  return { status: response.status, headers: response.headers, text, json, ms, errors, code: errors?.[0]?.extensions?.code };
}

/** POSTs a GraphQL request as JSON, with a bearer token and extra headers when given. */
export function postGraphql<D = unknown>(endpoint: string, token: string | null, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse<D>> {
  return rawRequest<D>(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
