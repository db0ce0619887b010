import autocannon from 'autocannon';
import type { Pool } from 'pg';
import { FLOOR_BOARD_REPORT_SQL } from '../floor.sql';

/** Measuring: one run of load over HTTP (autocannon) or of the floor's statement (pg), and single GraphQL calls. */

export interface RunResult {
  scenario: string;
  target: 'api' | 'floor' | 'postgraphile';
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Statements per request from `x-sql-statements` (min and max over every response); null where not reported. */
  sqlMin: number | null;
  sqlMax: number | null;
  /** Peak resident memory of the serving process during the run (MB); null for the floor. */
  peakRssMb: number | null;
}

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summarise(latencies: number[]): { p50: number; p95: number; p99: number } {
  const sorted = Float64Array.from(latencies).sort();
  const list = Array.from(sorted);
  return { p50: percentile(list, 50), p95: percentile(list, 95), p99: percentile(list, 99) };
}

/** Anything GraphQL reports as an error, whatever the HTTP status. */
export function graphqlFailed(status: number, body: string): boolean {
  return status !== 200 || body.includes('"errors":[');
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  /** Cycled in order by every connection. */
  requests: (GraphqlRequest | (() => GraphqlRequest))[];
}

/** One autocannon run; latencies are taken per response (autocannon's histogram has no p95). */
export async function load(options: LoadOptions): Promise<Omit<RunResult, 'scenario' | 'target' | 'peakRssMb'>> {
  const latencies: number[] = [];
  let failures = 0;
  let sqlMin: number | null = null;
  let sqlMax: number | null = null;
  const headers = { 'content-type': 'application/json', ...options.headers };
  let instance: autocannon.Instance;
  const result = await new Promise<autocannon.Result>((resolveRun, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        pipelining: 1,
        timeout: 30,
        requests: options.requests.map((request) => ({
          method: 'POST' as const,
          headers,
          ...(typeof request === 'function'
            ? { setupRequest: (req: autocannon.Request) => ({ ...req, body: JSON.stringify(request()) }) }
            : { body: JSON.stringify(request) }),
          onResponse: (status: number, body: string, _context: object, responseHeaders?: Record<string, string | string[] | undefined>) => {
            if (graphqlFailed(status, body)) failures += 1;
            const sql = responseHeaders?.['x-sql-statements'];
            if (typeof sql === 'string') {
              const n = Number(sql);
              sqlMin = sqlMin === null ? n : Math.min(sqlMin, n);
              sqlMax = sqlMax === null ? n : Math.max(sqlMax, n);
            }
          },
        })),
      },
      (error, done) => (error ? reject(error as Error) : resolveRun(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: latencies.length,
    rps: latencies.length / options.seconds,
    ...summarise(latencies),
    errors: failures + result.errors + result.timeouts,
    sqlMin,
    sqlMax,
  };
}

/** The floor: `callers` loops each sending the statement and waiting for its answer, for `seconds`. */
export async function floorLoad(pool: Pool, callers: number, seconds: number, params: unknown[]): Promise<Omit<RunResult, 'scenario' | 'target' | 'peakRssMb'>> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          // Unnamed, so planned for its parameters each time: a prepared statement's generic plan
          // (chosen after five runs) is several times slower for this query.
          await pool.query(FLOOR_BOARD_REPORT_SQL, params);
          latencies.push(performance.now() - t);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  return { connections: callers, seconds, requests: latencies.length, rps: latencies.length / seconds, ...summarise(latencies), errors, sqlMin: 1, sqlMax: 1 };
}

export async function graphql<T>(url: string, request: GraphqlRequest, token?: string): Promise<{ data: T; statements: number | null }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(request),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!res.ok || body.errors) throw new Error(`${request.query.slice(0, 60)}…: ${JSON.stringify(body.errors ?? res.status).slice(0, 500)}`);
  const header = res.headers.get('x-sql-statements');
  return { data: body.data as T, statements: header === null ? null : Number(header) };
}
