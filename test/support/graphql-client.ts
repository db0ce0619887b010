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

/** A minimal GraphQL-over-HTTP client, as any client of the API would be. */
export class GraphqlClient {
  constructor(
    readonly endpoint: string,
    readonly token: string | null,
  ) {}

  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<T>> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: { data?: T | null; errors?: GraphqlError[] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`Non-JSON response (${response.status}): ${text.slice(0, 300)}`);
    }
    return {
      status: response.status,
      data: body.data ?? null,
      errors: body.errors,
      statements: Number(response.headers.get('x-sql-statements') ?? NaN),
    };
  }

  /** The data, or an exception listing the errors (for steps that must succeed). */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** The error code of a request that must fail (first error). */
  async code(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const result = await this.request(query, variables);
    return result.errors?.[0]?.extensions?.code;
  }
}
