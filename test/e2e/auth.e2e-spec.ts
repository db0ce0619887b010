import { randomBytes } from 'node:crypto';
import * as jwt from 'jsonwebtoken';
import { graphql } from '../generated';
import { errorFields, leakedMarkers, rowCounts, uniqueSuffix } from '../support/db-assertions';
import { createUser, PASSWORD } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, TestServer } from '../support/test-server';

/** Signing in, sessions (tokens) and accounts: who the server believes the caller is. */

const LOGIN = graphql(`mutation AuthLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email isAdmin } } }`);
const ME = graphql(`query AuthMe { me { id email name isAdmin } }`);

describe('auth', () => {
  let server: TestServer;
  let admin: GraphqlClient;

  beforeAll(async () => {
    server = await startTestServer();
    admin = server.as(await server.adminToken());
  });
  afterAll(() => server.close());

  /** The key the server signs with: generated once per database and kept in app_secret. */
  async function signingKey(): Promise<string> {
    if (server.jwtSecret) return server.jwtSecret;
    const { rows } = await server.db.query<{ value: string }>("SELECT value FROM app_secret WHERE name = 'jwt-signing-key'");
    expect(rows).toHaveLength(1);
    return rows[0].value;
  }

  async function newPartnership(): Promise<string> {
    const suffix = uniqueSuffix();
    const { createPartnership } = await admin.ok(
      graphql(`mutation AuthCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`),
      { input: { name: `Auth ${suffix}`, slug: `auth-${suffix}` } },
    );
    return createPartnership.id;
  }

  async function expectUnauthenticated(token: string): Promise<void> {
    const result = await server.as(token).request(ME);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(result.data).toBeNull();
    expect(leakedMarkers(result.errors)).toEqual([]);
  }

  describe('login', () => {
    it('returns a token that signs the user in', async () => {
      const user = await createUser(server, admin, { name: 'Signing In' });
      const result = await server.client.request(LOGIN, {
        email: user.email,
        password: PASSWORD,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.login.user).toEqual({ id: user.id, email: user.email, isAdmin: false });
      const me = await server.as(result.data!.login.token).ok(ME);
      expect(me.me).toEqual({ id: user.id, email: user.email, name: 'Signing In', isAdmin: false });
    });

    it('issues tokens that expire', async () => {
      const user = await createUser(server, admin, { name: 'Expiring' });
      const claims = jwt.decode(user.token) as jwt.JwtPayload;
      const now = Math.floor(Date.now() / 1000);
      expect(claims.sub).toBe(user.id);
      expect(claims.exp).toBeGreaterThan(now);
      expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(24 * 3600);
    });

    it('matches the e-mail address whatever its case', async () => {
      const user = await createUser(server, admin, { name: 'Mixed Case' });
      const data = await server.client.ok(LOGIN, { email: user.email.toUpperCase(), password: PASSWORD });
      expect(data.login.user.id).toBe(user.id);
    });

    it('rejects a wrong password and an unknown e-mail alike (UNAUTHENTICATED, same message)', async () => {
      const user = await createUser(server, admin, { name: 'Careful' });
      const wrongPassword = await server.client.request(LOGIN, { email: user.email, password: `${PASSWORD}-wrong` });
      const unknownEmail = await server.client.request(LOGIN, { email: `nobody.${uniqueSuffix()}@tracker.test`, password: PASSWORD });
      for (const result of [wrongPassword, unknownEmail]) {
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
        expect(result.data).toBeNull();
      }
      // The two must be indistinguishable, so nobody can probe which e-mail addresses have accounts.
      expect(wrongPassword.errors![0].message).toBe(unknownEmail.errors![0].message);
      expect(wrongPassword.errors![0].extensions).toEqual(unknownEmail.errors![0].extensions);
    });

    it('rejects an empty password (UNAUTHENTICATED)', async () => {
      const user = await createUser(server, admin, { name: 'Empty Password' });
      const result = await server.client.request(LOGIN, { email: user.email, password: '' });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('bootstrap admin', () => {
    it('exists at start and is an admin', async () => {
      const data = await server.client.ok(LOGIN, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
      const { me } = await server.as(data.login.token).ok(ME);
      expect(me).toMatchObject({ email: ADMIN_EMAIL, isAdmin: true });
      expect(await server.count('user_account', 'lower(email) = lower($1) AND is_admin', [ADMIN_EMAIL])).toBe(1);
      expect(await server.count('audit_event', "operation = 'bootstrapAdmin' AND actor_id IS NULL")).toBe(1);
    });
  });

  describe('tokens', () => {
    it.each([
      ['garbage', 'not-a-token'],
      ['three garbage segments', 'abc.def.ghi'],
      ['an unsigned token (alg none)', `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`],
    ])('rejects a %s token (UNAUTHENTICATED)', async (_case, token) => {
      await expectUnauthenticated(token);
    });

    it('rejects a token signed with another key (UNAUTHENTICATED)', async () => {
      const user = await createUser(server, admin, { name: 'Forged' });
      const forged = jwt.sign({ sub: user.id }, randomBytes(48).toString('base64url'), { algorithm: 'HS256', expiresIn: 3600 });
      await expectUnauthenticated(forged);
    });

    it("accepts a token signed with the server's key, and rejects the same once expired (UNAUTHENTICATED)", async () => {
      const user = await createUser(server, admin, { name: 'Expired' });
      const key = await signingKey();
      const fresh = jwt.sign({ sub: user.id }, key, { algorithm: 'HS256', expiresIn: 3600 });
      expect((await server.as(fresh).ok(ME)).me.id).toBe(user.id);

      const now = Math.floor(Date.now() / 1000);
      const expired = jwt.sign({ sub: user.id, iat: now - 7200, exp: now - 60 }, key, { algorithm: 'HS256' });
      await expectUnauthenticated(expired);
    });

    it('rejects a well-signed token for an account that never existed (UNAUTHENTICATED)', async () => {
      const token = jwt.sign({ sub: '00000000-0000-4000-8000-000000000000' }, await signingKey(), { algorithm: 'HS256', expiresIn: 3600 });
      await expectUnauthenticated(token);
    });

    it("rejects a deleted user's token at once (UNAUTHENTICATED)", async () => {
      const partnershipId = await newPartnership();
      const user = await createUser(server, admin, { name: 'Leaver', partnershipId, role: 'PARTNER' });
      expect((await server.as(user.token).ok(ME)).me.id).toBe(user.id);

      // membership rows go with the account (ON DELETE CASCADE); the account has no other dependants.
      await server.db.query('DELETE FROM user_account WHERE id = $1', [user.id]);

      await expectUnauthenticated(user.token);
      const read = await server.as(user.token).request(graphql(`query AuthPartnership($id: ID!) { partnership(id: $id) { id } }`), { id: partnershipId });
      expect(read.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('partnership', () => {
    it('rejects a user removed from the partnership at once, with the same token (NOT_FOUND)', async () => {
      const partnershipId = await newPartnership();
      const user = await createUser(server, admin, { name: 'Removed Member', partnershipId, role: 'COORDINATOR' });
      const query = graphql(`query AuthPartnership($id: ID!) { partnership(id: $id) { id } }`);
      expect((await server.as(user.token).ok(query, { id: partnershipId })).partnership!.id).toBe(partnershipId);

      await server.db.query('DELETE FROM membership WHERE user_id = $1 AND partnership_id = $2', [user.id, partnershipId]);

      const result = await server.as(user.token).request(query, { id: partnershipId });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      expect(result.data).toEqual({ partnership: null });
      const list = await server.as(user.token).ok(graphql(`query AuthPartnerships { partnerships { id } }`));
      expect(list.partnerships).toEqual([]);
    });

    it('rejects a coordinator demoted to board member at once, with the same token (FORBIDDEN)', async () => {
      const partnershipId = await newPartnership();
      const user = await createUser(server, admin, { name: 'Demoted', partnershipId, role: 'COORDINATOR' });
      await server.db.query("UPDATE membership SET role = 'BOARD_MEMBER' WHERE user_id = $1", [user.id]);
      const result = await server
        .as(user.token)
        .request(graphql(`mutation AuthCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }`), {
          input: { partnershipId, title: 'Too late', startDate: '2025-01-01', endDate: '2025-12-31' },
        });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });
  });

  describe('createUser', () => {
    it('rejects an e-mail address already used in another case (CONFLICT)', async () => {
      const existing = await createUser(server, admin, { name: 'Original' });
      const before = await rowCounts(server, ['user_account', 'audit_event']);
      const result = await admin.request(graphql(`mutation AuthCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`), {
        input: { email: existing.email.toUpperCase(), name: 'Duplicate', password: PASSWORD },
      });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
      expect(errorFields(result.errors![0])).toContain('input.email');
      expect(await rowCounts(server, ['user_account', 'audit_event'])).toEqual(before);
    });

    it('stores the password as an argon2id hash, and never in the audit trail', async () => {
      const password = `Secret-${uniqueSuffix()}-passphrase`;
      const email = `hashed.${uniqueSuffix()}@tracker.test`;
      const { createUser: user } = await admin.ok(graphql(`mutation AuthCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`), {
        input: { email, name: 'Hashed', password },
      });
      const { rows } = await server.db.query<{ password_hash: string }>('SELECT password_hash FROM user_account WHERE id = $1', [user.id]);
      const hash: string = rows[0].password_hash;
      expect(hash.startsWith('$argon2id$')).toBe(true);
      expect(hash).not.toContain(password);

      const events = await server.db.query('SELECT before::text AS before, after::text AS after FROM audit_event WHERE entity_id = $1', [user.id]);
      expect(events.rows).toHaveLength(1);
      const trail = (
        await server.db.query<{ text: string }>("SELECT string_agg(coalesce(before::text, '') || coalesce(after::text, ''), '') AS text FROM audit_event")
      ).rows[0].text;
      expect(trail).toContain(email);
      for (const secret of [password, hash, '$argon2', 'passwordHash', 'password_hash']) expect(trail).not.toContain(secret);

      // The new account signs in with that password.
      const data = await server.client.ok(LOGIN, { email, password });
      expect(data.login.user.id).toBe(user.id);
    });
  });
});
