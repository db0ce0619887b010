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
  ])('refuses a bad %s, naming it', (name, env) => {
    expect(refusal(env)).toMatch(new RegExp(`^${name} must be`));
  });
});

describe('isPlaceholder', () => {
  it.each(['change-me-now', 'CHANGEME', 'changeit', 'replace_me_with_something', 'secret', 'admin-1', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'example-secret-of-sufficient-length'])(
    'knows %s',
    (value) => expect(isPlaceholder(value)).toBe(true),
  );
  it.each([STRONG_SECRET, 'correct horse battery staple', 'admin-password-1'])('lets %s through', (value) => expect(isPlaceholder(value)).toBe(false));
});

describe('docker-compose.yml', () => {
  const compose = readFileSync(join(__dirname, '../../../docker-compose.yml'), 'utf8');

  it.each(['JWT_SECRET', 'BOOTSTRAP_ADMIN_EMAIL', 'BOOTSTRAP_ADMIN_PASSWORD'])('requires %s, with no fallback value', (name) => {
    const line = compose.split('\n').find((l) => l.trim().startsWith(`${name}:`));
    expect(line).toMatch(new RegExp(`\\$\\{${name}:\\?[^}]+\\}`));
  });
});
