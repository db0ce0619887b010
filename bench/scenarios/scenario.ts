import type { Pool } from 'pg';
import type { Check } from '../harness/output';
import type { GraphqlRequest, LoadOptions, RunResult } from '../harness/load';

/** Finds a result of this run: a scenario's name, who served it, how many callers. */
export type FindResult = (scenario: string, target: RunResult['target'], connections: number) => RunResult | undefined;

/** What a scenario gets while our server runs. */
export interface ApiContext {
  apiUrl: string;
  /** The database's URL (the floor's pool and direct reads). */
  dbUrl: string;
  /** A pool on the database, for the floor. */
  pool: Pool;
  /** Bench partnerships: reads use the first (`n1`), writes the last (`nLast`). */
  n1: number;
  nLast: number;
  /** The delivery plan of partnership `n1`. */
  plan: string;
  /** Signed in: the board member of `n1` (reads) and the coordinator of `nLast` (writes). */
  tokens: { board: string; coordinator: string };
  /** Measures our server: warm-up, then a measured run, recorded as `scenario` (with " (warm)" when warm). Cold asks for fresh responses. */
  runApi(scenario: string, connections: number, token: string, requests: LoadOptions['requests'], cache?: 'cold' | 'warm'): Promise<void>;
  /** Measures the board report's hand-written SQL floor with `callers` loops. */
  runFloor(scenario: string, callers: number): Promise<void>;
  /** What the results file keeps of the checks: SQL statements of one request of each scenario, and the floor's differences. */
  record: { sqlStatements: Record<string, number | null>; floorDifferences: string[] };
}

/** What a scenario gets while the peer (PostGraphile v5) runs, after our server has stopped. */
export interface PeerContext {
  peerUrl: string;
  dbUrl: string;
  n1: number;
  plan: string;
  /** Measures the peer with 16 callers (warm-up, then a measured run). */
  runPeer(scenario: string, requests: GraphqlRequest[]): Promise<void>;
}

/**
 * One scenario of `npm run bench`: what it checks before load (always, so the results file has its
 * SQL statement count), what it measures when selected (`--only`), against our server and, for
 * some, the peer, and the targets its results are held to.
 */
export interface Scenario {
  /** Its number for `--only`. */
  id: string;
  /** "1. board report": the name in the results. */
  name: string;
  /** One answer, checked, before load. */
  check(ctx: ApiContext): Promise<void>;
  measure(ctx: ApiContext): Promise<void>;
  checkPeer?(ctx: PeerContext): Promise<void>;
  measurePeer?(ctx: PeerContext): Promise<void>;
  /** Targets measured separately for a cold and a warm response cache. */
  cachedTargets?(find: FindResult, cache: 'cold' | 'warm'): Check[];
  /** Targets that do not depend on the cache. */
  targets?(find: FindResult): Check[];
}
