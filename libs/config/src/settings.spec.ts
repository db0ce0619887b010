import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPlaceholder, readSettings, SettingsError } from './settings';

const STRONG_SECRET = 'Qm9yZWQtYnktYS1yYW5kb20tc3RyaW5nLW9mLTQ4LWJ5dGVzLW9rYXk='; // 56 bytes
const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: STRONG_SECRET };

function refusal(env: NodeJS.ProcessEnv): string {
  try {
    readSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as Error).message;
  }
  throw new Error('the settings were accepted');
}

describe('readSettings in production', () => {
  it('starts with a long random JWT_SECRET and a long bootstrap password', () => {
    const settings = readSettings({ ...PRODUCTION, BOOTSTRAP_ADMIN_EMAIL: 'me@example.net', BOOTSTRAP_ADMIN_PASSWORD: 'correct horse battery staple' });
    expect(settings.production).toBe(true);
    expect(settings.bootstrapAdmin).toEqual({ email: 'me@example.net', password: 'correct horse battery staple' });
  });

  it.each([
    ['missing', { NODE_ENV: 'production' }, /^JWT_SECRET is required/],
    ['empty', { NODE_ENV: 'production', JWT_SECRET: '' }, /^JWT_SECRET is required/],
    ['31 bytes', { NODE_ENV: 'production', JWT_SECRET: 'k7Qp2Xv9Lm4Rt8Wz1Bn6Yc3Hd5Fg0Js' }, /^JWT_SECRET must be at least 32 bytes/],
    ["docker-compose.yml's old default", { NODE_ENV: 'production', JWT_SECRET: 'change-me-to-a-long-random-secret' }, /^JWT_SECRET is a placeholder/],
    ['one character repeated', { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(64) }, /^JWT_SECRET is a placeholder/],
    ['"your-secret-…"', { NODE_ENV: 'production', JWT_SECRET: 'your-secret-goes-here-and-it-is-long-enough' }, /^JWT_SECRET is a placeholder/],
  ])('refuses a JWT_SECRET that is %s, naming the variable and how to generate one', (_name, env, message) => {
    const told = refusal(env);
    expect(told).toMatch(message);
    expect(told).toMatch(/openssl rand -base64 48/);
  });

  it.each([
    ["docker-compose.yml's old default (13 characters)", 'change-me-now', /^BOOTSTRAP_ADMIN_PASSWORD is a placeholder/],
    ['11 characters', 'k7Qp2Xv9Lm4', /^BOOTSTRAP_ADMIN_PASSWORD must be at least 12 characters/],
    ['a long placeholder', 'please-change-me-now', /^BOOTSTRAP_ADMIN_PASSWORD is a placeholder/],
    ['"password" and digits', 'password123456', /^BOOTSTRAP_ADMIN_PASSWORD is a placeholder/],
  ])('refuses a bootstrap password that is %s', (_name, password, message) => {
    expect(refusal({ ...PRODUCTION, BOOTSTRAP_ADMIN_EMAIL: 'me@example.net', BOOTSTRAP_ADMIN_PASSWORD: password })).toMatch(message);
  });

  it('leaves development alone: no JWT_SECRET (one is kept in the database), a short demo-style password', () => {
    const settings = readSettings({ BOOTSTRAP_ADMIN_EMAIL: 'me@example.net', BOOTSTRAP_ADMIN_PASSWORD: 'change-me' });
    expect(settings.production).toBe(false);
    expect(settings.bootstrapAdmin?.password).toBe('change-me');
  });

  it.each([
    ['RESPONSE_CACHE_MB', { RESPONSE_CACHE_MB: '-1' }],
    ['RESPONSE_MAX_MB', { RESPONSE_MAX_MB: '0' }],
    ['RESPONSE_MAX_MB', { RESPONSE_MAX_MB: 'lots' }],
    ['SHUTDOWN_GRACE_MS', { SHUTDOWN_GRACE_MS: '-5' }],
    ['PORT', { PORT: '70000' }],
    ['TOKEN_TTL_SECONDS', { TOKEN_TTL_SECONDS: 'a day' }],
    ['LOGIN_MAX_FAILURES_PER_ADDRESS', { LOGIN_MAX_FAILURES_PER_ADDRESS: '0' }],
    ['DATABASE_POOL_SIZE', { DATABASE_POOL_SIZE: '2.5' }],
    ['PACK_RENDER_HEAP_MB', { PACK_RENDER_HEAP_MB: '8' }],
    ['CLOCK_NOW', { CLOCK_NOW: 'yesterday' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['SEED_DEMO', { SEED_DEMO: 'maybe' }],
    ['WORKER_ONCE', { WORKER_ONCE: 'sometimes' }],
  ])('refuses a bad %s, naming it', (name, env) => {
    expect(refusal(env)).toMatch(new RegExp(`^${name} must be`));
  });
});

describe('readSettings defaults', () => {
  it('reads the API, the worker and the libraries from one environment', () => {
    const settings = readSettings({});
    expect(settings).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      trustProxy: 'loopback',
      databaseUrl: null,
      databasePoolSize: 10,
      seedDemo: true,
      introspection: true,
      logLevel: 'info',
      clockNow: null,
      jwtSecret: null,
      tokenTtlSeconds: 12 * 3600,
      demoPassword: 'demo-password',
      smtpUrl: null,
      mailFrom: 'Partnership Delivery Tracker <no-reply@localhost>',
      publicUrl: 'http://localhost:3000',
      roundsTickCron: '*/5 * * * *',
      workerOnce: false,
    });
    expect(settings.loginLimits).toEqual({
      windowSeconds: 900,
      perAccountAddress: 10,
      perAddress: 50,
      perAccount: 100,
      accountWindowSeconds: 3600,
      knownAddressDays: 30,
    });
    expect(settings.mailDir).toBe(join(settings.dataDir, 'mail'));
  });

  it('reads the worker settings as the worker did', () => {
    const settings = readSettings({ DATA_DIR: '/srv/tracker', PORT: '8080', SMTP_URL: 'smtp://mail:25', WORKER_ONCE: 'true', ROUNDS_TICK_CRON: '0 * * * *' });
    expect(settings).toMatchObject({
      dataDir: '/srv/tracker',
      mailDir: '/srv/tracker/mail',
      publicUrl: 'http://localhost:8080',
      smtpUrl: 'smtp://mail:25',
      workerOnce: true,
      roundsTickCron: '0 * * * *',
    });
  });

  it('fixes the clock with CLOCK_NOW, and gives render processes no secret', () => {
    const settings = readSettings({ CLOCK_NOW: '2026-10-15T12:00:00Z', JWT_SECRET: 'k'.repeat(40), DATABASE_URL: 'postgres://a@b/c', PATH: '/usr/bin', TZ: 'UTC' });
    expect(settings.clockNow?.toISOString()).toBe('2026-10-15T12:00:00.000Z');
    expect(settings.renderEnv).toEqual({ PATH: '/usr/bin', TZ: 'UTC' });
  });

  it('never seeds the demo in production', () => {
    expect(readSettings({ ...PRODUCTION, SEED_DEMO: 'true' }).seedDemo).toBe(false);
  });
});

describe('isPlaceholder', () => {
  it.each([
    'change-me-now',
    'CHANGEME',
    'changeit',
    'replace_me_with_something',
    'secret',
    'admin-1',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    'example-secret-of-sufficient-length',
  ])('knows %s', (value) => expect(isPlaceholder(value)).toBe(true));
  it.each([STRONG_SECRET, 'correct horse battery staple', 'admin-password-1'])('lets %s through', (value) => expect(isPlaceholder(value)).toBe(false));
});

describe('docker-compose.yml', () => {
  const compose = readFileSync(join(__dirname, '../../../docker-compose.yml'), 'utf8');

  it.each(['JWT_SECRET', 'BOOTSTRAP_ADMIN_EMAIL', 'BOOTSTRAP_ADMIN_PASSWORD'])('requires %s, with no fallback value', (name) => {
    const line = compose.split('\n').find((l) => l.trim().startsWith(`${name}:`));
    expect(line).toMatch(new RegExp(`\\$\\{${name}:\\?[^}]+\\}`));
  });
});
