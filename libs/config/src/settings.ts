import { join, resolve } from 'node:path';

/** A setting that prevents the server from starting; its message names the variable and the fix. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** The fewest bytes a production `JWT_SECRET` may have (HS256 keys of at least the hash's 256 bits). */
export const JWT_SECRET_MIN_BYTES = 32;
/** The fewest characters of a production bootstrap admin password. */
export const BOOTSTRAP_PASSWORD_MIN_LENGTH = 12;
/** The demo accounts' password when DEMO_PASSWORD is not set (development only: production never seeds). */
export const DEFAULT_DEMO_PASSWORD = 'demo-password';

/**
 * Values shipped as examples (docker-compose.yml once had some) or typed as stand-ins: a server
 * started with one can have its tokens forged or its admin taken over by anyone who read the docs.
 */
const PLACEHOLDER =
  /change[-_ .]?me|changeit|placeholder|example|replace[-_ .]?me|your[-_ .]?(secret|password)|^(secret|password|admin|test|default)[-_0-9]*$|^(.)\3*$/i;

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value.trim());
}

const GENERATE = 'generate one with `openssl rand -base64 48`';

/**
 * Production refuses to start on a token key or bootstrap password anyone could guess (issue #11):
 * a missing, short (< 32 bytes) or placeholder `JWT_SECRET`, a placeholder or short
 * (< 12 characters) `BOOTSTRAP_ADMIN_PASSWORD`. Outside production the key may be left unset (one
 * is generated and kept in the database).
 */
export function checkProductionSecrets(env: NodeJS.ProcessEnv): void {
  const secret = env.JWT_SECRET ?? '';
  if (!secret) throw new SettingsError(`JWT_SECRET is required when NODE_ENV=production: ${GENERATE}`);
  if (Buffer.byteLength(secret, 'utf8') < JWT_SECRET_MIN_BYTES) {
    throw new SettingsError(`JWT_SECRET must be at least ${JWT_SECRET_MIN_BYTES} bytes when NODE_ENV=production: ${GENERATE}`);
  }
  if (isPlaceholder(secret)) throw new SettingsError(`JWT_SECRET is a placeholder value: ${GENERATE}`);
  const password = env.BOOTSTRAP_ADMIN_PASSWORD;
  if (env.BOOTSTRAP_ADMIN_EMAIL && password) {
    if (password.length < BOOTSTRAP_PASSWORD_MIN_LENGTH) {
      throw new SettingsError(`BOOTSTRAP_ADMIN_PASSWORD must be at least ${BOOTSTRAP_PASSWORD_MIN_LENGTH} characters when NODE_ENV=production: ${GENERATE}`);
    }
    if (isPlaceholder(password)) throw new SettingsError(`BOOTSTRAP_ADMIN_PASSWORD is a placeholder value: ${GENERATE}`);
  }
}

/** Settings of the board pack renderer (README, "Settings"). */
export interface RenderPoolSettings {
  /** Packs rendered at once by this server (PACK_RENDER_CONCURRENCY). */
  concurrency: number;
  /** Packs waiting for a renderer before more are refused (PACK_RENDER_QUEUE). */
  queue: number;
  /** Old-generation heap of each render process, in MB (PACK_RENDER_HEAP_MB). */
  heapMb: number;
  /** A render taking longer is stopped (PACK_RENDER_TIMEOUT_SECONDS). */
  timeoutSeconds: number;
  /** Nice value of render processes, 0 to 19: above the server's 0 (PACK_RENDER_NICE). */
  nice: number;
  /** Render processes kept started and ready, so a render does not wait for one to start (PACK_RENDER_WARM). */
  warm: number;
}

/** The sign-in limits (README "Settings", docs/security.md). */
export interface LoginLimits {
  /** Window of the per account-and-address and per-address counters. */
  windowSeconds: number;
  /** Password checks of one account from one address per window. */
  perAccountAddress: number;
  /** Password checks from one address, whatever the account, per window. */
  perAddress: number;
  /** The backstop: password checks of one account from addresses it never signed in from, per account window. */
  perAccount: number;
  accountWindowSeconds: number;
  /** How long an address the account signed in from stays exempt from the backstop. */
  knownAddressDays: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Every setting of the API, the worker and the command line, from the environment (README,
 * "Settings"), read once at start by `readSettings` and handed to Nest as the `Settings` provider
 * (`ConfigModule`): a service asks for `Settings` in its constructor and never reads the environment.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- one name for the settings' type and their injection token (the class below)
export interface Settings {
  /** NODE_ENV=production: secrets checked, no demo, no introspection, no suggestions in errors. */
  production: boolean;
  /** LOG_LEVEL: pino's level of the JSON logs (silent turns them off). */
  logLevel: LogLevel;
  /** CLOCK_NOW: a fixed "now" (tests, demos of a given day); null for the real clock. */
  clockNow: Date | null;

  /** DATABASE_URL; null starts the embedded PostgreSQL in DATA_DIR. */
  databaseUrl: string | null;
  /** DATABASE_POOL_SIZE: connections of this process's pool. */
  databasePoolSize: number;
  /** DATA_DIR: the embedded database, and the worker's mail folder by default. */
  dataDir: string;

  port: number;
  host: string;
  /** TRUST_PROXY: Express's `trust proxy` (which proxies' X-Forwarded-For to believe). */
  trustProxy: string;
  bodyLimit: string;
  introspection: boolean;
  sqlCountHeader: boolean;
  /** Budget of the response cache, in MB of memory (keys and responses); 0 turns it off. */
  responseCacheMb: number;
  /** The largest GraphQL response, in MB of JSON; larger ones are refused (RESPONSE_TOO_LARGE). */
  responseMaxMb: number;
  /** How long a stop (SIGTERM) waits for requests in flight before closing their connections. */
  shutdownGraceMs: number;
  /** WEB_DIST: where the web app's build is, when not in one of the usual places. */
  webDist: string | null;

  /** JWT_SECRET: the session key (and, derived from it, the download links' key); null keeps one in the database. */
  jwtSecret: string | null;
  /** TOKEN_TTL_SECONDS: how long a session token lasts. */
  tokenTtlSeconds: number;
  loginLimits: LoginLimits;
  bootstrapAdmin: { email: string; password: string } | null;
  seedDemo: boolean;
  /** DEMO_PASSWORD: the demo accounts' password. */
  demoPassword: string;

  renderPool: RenderPoolSettings;
  /** The environment a render process is given: none of the server's secrets or database address. */
  renderEnv: Record<string, string>;

  /** SMTP_URL: the worker's mail server; null writes .eml files to MAIL_DIR. */
  smtpUrl: string | null;
  mailFrom: string;
  mailDir: string;
  /** PUBLIC_URL: the address links in e-mail point to. */
  publicUrl: string;
  /** ROUNDS_TICK_CRON: pg-boss cron of the worker's rounds tick (plan digests and escalations, process the outbox, send). */
  roundsTickCron: string;
  /** WORKER_ONCE: the worker runs one tick and exits (tests, benchmarks, a cron job of the host). */
  workerOnce: boolean;
}

/**
 * The token under which Nest provides the settings (declaration merging: `Settings` is both the
 * type above and this class), so a constructor parameter `settings: Settings` needs no `@Inject`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class Settings {}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  const lower = value.toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(lower)) return true;
  if (['0', 'false', 'no', 'off'].includes(lower)) return false;
  throw new SettingsError(`${name} must be true or false (got "${value}")`);
}

function megabytes(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined || value === '') return fallback;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb < min) throw new SettingsError(`${name} must be a number of megabytes, ${min} or more (got "${value}")`);
  return mb;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SettingsError(`${name} must be a whole number, ${min} or more${max < Number.MAX_SAFE_INTEGER ? ` and ${max} or less` : ''} (got "${raw}")`);
  }
  return value;
}

export function renderPoolSettings(env: NodeJS.ProcessEnv): RenderPoolSettings {
  return {
    concurrency: whole(env, 'PACK_RENDER_CONCURRENCY', 2, 1),
    queue: whole(env, 'PACK_RENDER_QUEUE', 4, 0),
    heapMb: whole(env, 'PACK_RENDER_HEAP_MB', 128, 16),
    timeoutSeconds: whole(env, 'PACK_RENDER_TIMEOUT_SECONDS', 120, 1),
    nice: Math.min(19, whole(env, 'PACK_RENDER_NICE', 10, 0)),
    warm: whole(env, 'PACK_RENDER_WARM', 1, 0),
  };
}

export function loginLimits(env: NodeJS.ProcessEnv): LoginLimits {
  return {
    windowSeconds: whole(env, 'LOGIN_WINDOW_SECONDS', 15 * 60, 1),
    perAccountAddress: whole(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS', 10, 1),
    perAddress: whole(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 50, 1),
    perAccount: whole(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 100, 1),
    accountWindowSeconds: whole(env, 'LOGIN_ACCOUNT_WINDOW_SECONDS', 60 * 60, 1),
    knownAddressDays: whole(env, 'LOGIN_KNOWN_ADDRESS_DAYS', 30, 0),
  };
}

/** Environment variables a render process is given: none of the server's secrets or database address. */
const CHILD_ENV = /^(PATH|HOME|TMPDIR|TZ|LANG|LC_[A-Z]+|NODE_ENV|MALLOC_ARENA_MAX|SWC_[A-Z_]+|TS_NODE_[A-Z_]+)$/;

function childEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => CHILD_ENV.test(entry[0]) && entry[1] !== undefined));
}

function logLevel(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(value)) throw new SettingsError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${value}")`);
  return value as LogLevel;
}

function instant(name: string, value: string | undefined): Date | null {
  if (value === undefined || value === '') return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new SettingsError(`${name} must be an ISO date and time such as 2026-10-15T12:00:00Z (got "${value}")`);
  return date;
}

/**
 * The settings from the environment (README, "Settings"), checked: a bad value stops the start
 * with a SettingsError naming the variable. The one place the project reads `process.env`; apps
 * call it once at start and pass the result on (tests pass an environment of their own).
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const production = env.NODE_ENV === 'production';
  if (production) checkProductionSecrets(env);
  const databaseUrl = env.DATABASE_URL || null;
  const grace = Number(env.SHUTDOWN_GRACE_MS ?? 10_000);
  if (!Number.isFinite(grace) || grace < 0)
    throw new SettingsError(`SHUTDOWN_GRACE_MS must be a number of milliseconds, 0 or more (got "${env.SHUTDOWN_GRACE_MS}")`);
  const port = whole(env, 'PORT', 3000, 0, 65535);
  const dataDir = resolve(env.DATA_DIR || './.data');
  return {
    production,
    logLevel: logLevel(env.LOG_LEVEL),
    clockNow: instant('CLOCK_NOW', env.CLOCK_NOW),
    databaseUrl,
    databasePoolSize: whole(env, 'DATABASE_POOL_SIZE', 10, 1),
    dataDir,
    port,
    host: env.HOST || '0.0.0.0',
    trustProxy: env.TRUST_PROXY || 'loopback',
    bodyLimit: env.BODY_LIMIT || '1mb',
    introspection: flag('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION, !production),
    sqlCountHeader: flag('SQL_COUNT_HEADER', env.SQL_COUNT_HEADER, false),
    responseCacheMb: megabytes('RESPONSE_CACHE_MB', env.RESPONSE_CACHE_MB, 8),
    responseMaxMb: megabytes('RESPONSE_MAX_MB', env.RESPONSE_MAX_MB, 16, 0.001),
    shutdownGraceMs: grace,
    webDist: env.WEB_DIST || null,
    jwtSecret: env.JWT_SECRET || null,
    tokenTtlSeconds: whole(env, 'TOKEN_TTL_SECONDS', 12 * 3600, 1),
    loginLimits: loginLimits(env),
    bootstrapAdmin: env.BOOTSTRAP_ADMIN_EMAIL && env.BOOTSTRAP_ADMIN_PASSWORD ? { email: env.BOOTSTRAP_ADMIN_EMAIL, password: env.BOOTSTRAP_ADMIN_PASSWORD } : null,
    seedDemo: !production && flag('SEED_DEMO', env.SEED_DEMO, databaseUrl === null),
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    renderPool: renderPoolSettings(env),
    renderEnv: childEnv(env),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || 'Partnership Delivery Tracker <no-reply@localhost>',
    mailDir: env.MAIL_DIR ? resolve(env.MAIL_DIR) : join(dataDir, 'mail'),
    publicUrl: env.PUBLIC_URL || `http://localhost:${env.PORT || 3000}`,
    roundsTickCron: env.ROUNDS_TICK_CRON || '*/5 * * * *',
    workerOnce: flag('WORKER_ONCE', env.WORKER_ONCE, false),
  };
}
