import { resolve } from 'node:path';

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function megabytes(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`RESPONSE_CACHE_MB must be a number of megabytes, 0 or more (got "${value}")`);
  return mb;
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
  /** Budget of the response cache, in MB of JSON; 0 turns it off. */
  responseCacheMb: number;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL || null;
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
    responseCacheMb: megabytes(env.RESPONSE_CACHE_MB, 8),
  };
}
