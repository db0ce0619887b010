import { resolve } from 'node:path';

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function megabytes(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined || value === '') return fallback;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb < min) throw new SettingsError(`${name} must be a number of megabytes, ${min} or more (got "${value}")`);
  return mb;
}

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

/**
 * Values shipped as examples (docker-compose.yml once had some) or typed as stand-ins: a server
 * started with one can have its tokens forged or its admin taken over by anyone who read the docs.
 */
const PLACEHOLDER = /change[-_ .]?me|changeit|placeholder|example|replace[-_ .]?me|your[-_ .]?(secret|password)|^(secret|password|admin|test|default)[-_0-9]*$|^(.)\3*$/i;

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

/** Settings from the environment (README, "Settings"), read once at start. */
export interface Settings {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  production: boolean;
  seedDemo: boolean;
  introspection: boolean;
  bootstrapAdmin: { email: string; password: string } | null;
  sqlCountHeader: boolean;
  bodyLimit: string;
  /** Budget of the response cache, in MB of memory (keys and responses); 0 turns it off. */
  responseCacheMb: number;
  /** The largest GraphQL response, in MB of JSON; larger ones are refused (RESPONSE_TOO_LARGE). */
  responseMaxMb: number;
  /** How long a stop (SIGTERM) waits for requests in flight before closing their connections. */
  shutdownGraceMs: number;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const production = env.NODE_ENV === 'production';
  if (production) checkProductionSecrets(env);
  const databaseUrl = env.DATABASE_URL || null;
  const grace = Number(env.SHUTDOWN_GRACE_MS ?? 10_000);
  if (!Number.isFinite(grace) || grace < 0) throw new SettingsError(`SHUTDOWN_GRACE_MS must be a number of milliseconds, 0 or more (got "${env.SHUTDOWN_GRACE_MS}")`);
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: resolve(env.DATA_DIR ?? './.data'),
    production,
    seedDemo: !production && flag(env.SEED_DEMO, databaseUrl === null),
    introspection: flag(env.GRAPHQL_INTROSPECTION, !production),
    bootstrapAdmin:
      env.BOOTSTRAP_ADMIN_EMAIL && env.BOOTSTRAP_ADMIN_PASSWORD
        ? { email: env.BOOTSTRAP_ADMIN_EMAIL, password: env.BOOTSTRAP_ADMIN_PASSWORD }
        : null,
    sqlCountHeader: flag(env.SQL_COUNT_HEADER, false),
    bodyLimit: env.BODY_LIMIT ?? '1mb',
    responseCacheMb: megabytes('RESPONSE_CACHE_MB', env.RESPONSE_CACHE_MB, 8),
    responseMaxMb: megabytes('RESPONSE_MAX_MB', env.RESPONSE_MAX_MB, 16, 0.001),
    shutdownGraceMs: grace,
  };
}
